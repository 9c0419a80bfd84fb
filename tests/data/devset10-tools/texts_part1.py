# Hand-written article texts for devset10, part 1 (met01-met06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line.
# Style of the converted Brown category A texts: punctuation the paper printed
# inside a closing quote comes AFTER it ("...", he said.), datelines joined to
# the paragraph, several short stories per file, sentence-case headlines.
T = {}

T["met01-wendlebury-council-budget.txt"] = '''
Council adopts record budget, 7 to 2

Wendlebury's City Council voted 7 to 2 last night to adopt a $41,280,000 budget for 1962, the largest in the city's history, after a four-hour debate in which three councilmen traded charges of "padding" and "penny-pinching".

Councilman Waldemar R. Brockelmeyer, chairman of the finance committee, said the budget would hold the tax rate at $38.60 per $1,000 of assessed valuation for the third straight year.

"We have not raised the rate, and we have not laid off a single fireman", Brockelmeyer said. "I do not know what more the taxpayers can ask of this council".

Councilman Mordecai L. Tattersfield, who voted against the budget, said the finance committee had tucked $600,000 into "contingency" accounts that nobody on the floor could explain. He called the budget "a grab bag with a ribbon tied around it".

Councilman Jurgen J. Voskuijl of the Ninth Ward, the other dissenter, took up the attack where Tattersfield left off. The councilman said the city was still paying for 40 street-sweeper jobs that had been vacant since April.

"Either fill them or drop them", he said. "Don't carry them on the books to make a cushion for next year".

Brockelmeyer answered that the vacancies would be filled by Jan. 1 and that the contingency money was set aside for snow removal.

When Tattersfield and Voskuijl had both finished, the chairman rose a second time. He said the two men had voted for larger budgets in every year before 1960, when both ran for re-election on an economy ticket.

City Hall officials said the budget would be printed and mailed to every taxpayer who asked for a copy.

Sewer bonds approved

The council also approved, without debate, a $2,300,000 bond issue for the Ferncastle trunk sewer. Work is to begin in March.
'''

T["met02-canterwick-teachers-raise.txt"] = '''
School board tables teachers' raise

The Canterwick Board of Education last night put off a request from the Canterwick Teachers Association for a $500 raise for every teacher, and the association's president said teachers would "take the case to the voters".

Dr. Hieronymus P. Hollowbread, superintendent of schools, told the board the raise would cost $312,000 a year and would require a tax increase of nearly four mills.

"I would like to pay every teacher in this district more", Dr. Hollowbread said. "But I cannot spend money the taxpayers have not voted".

About 60 teachers filled the board room. Several carried hand-lettered signs reading "Canterwick Teachers Are Taxpayers Too".

Miss Rosamund Gantenbein, who teaches the sixth grade at the Larkspur Street School and heads the association, said the starting salary in Canterwick, $4,100, was the lowest of any district in Marlstone County.

"We lose our best young people every June to the suburbs", she said. "They come here, we train them, and then they leave us".

Forty-one of the district's 380 teachers resigned last spring, according to Miss Gantenbein.

The board voted 5 to 2 to table the request. Mrs. Jethro W. Oberholtzer, one of the two members who voted against tabling, said the board "has been asking teachers to wait since 1957".

The board said in a resolution that it would take up salaries again when the state aid figures for 1962 were known.

Miss Gantenbein said the association would question every candidate in the November board election and publish the answers.

Night school enrollment at record

Enrollment in the adult evening classes at Canterwick High School has reached 1,240, the most in the program's 14 years, the director, Rodolphe Q. Ashpenaz, reported. He said typing and bookkeeping were filled by the second night.
'''

T["met03-tremellen-hospital-strike.txt"] = '''
340 hospital workers walk out

"We are not asking for the moon. We are asking for a dollar an hour, and we will stay out until we get it".

So said Zbigniew J. Wodzinski, president of Local 1108, Institutional Workers Union, as 340 kitchen workers, orderlies and laundresses walked off their jobs at Tremellen Memorial Hospital at 6 a.m. yesterday.

Pickets carried signs reading "Tremellen Works Us Sick" and walked in a slow circle in front of the emergency entrance.

The hospital's administrator, Fitzroy D. Cheevers, said patients were being cared for by nurses, interns and about 90 volunteers, and that no patient had been moved.

"Not one patient has gone without a hot meal", Cheevers said. He said the hospital paid its kitchen help 85 cents an hour, "which is what every hospital in this county pays".

Hospital officials said 22 operations that could wait had been put off until next week.

Mayor Hezekiah P. Wolstenholme, who is attending a mayors' conference in Chicago, issued a statement that was read to reporters at City Hall by his secretary, Miss Griselda Ravensworth.

"The sick must not be made the pawns of a wage dispute", the statement said. "I call upon both sides to meet with the State Mediation Board tomorrow morning".

Wodzinski said the union would sit down with the mediators "any hour of the day or night". Cheevers said the hospital's trustees would decide this morning whether to attend.

Nursing school graduates 48

Forty-eight young women received their caps and pins at the Tremellen School of Nursing commencement Sunday in the hospital chapel. Eleven of the graduates will stay on the hospital staff.
'''

T["met04-kimbrell-street-traffic-death.txt"] = '''
Boy, 9, killed crossing street

A 9-year-old boy was killed yesterday afternoon when he ran into the path of a gravel truck at Mulvane and Kimbrell Streets, a block from his school.

The boy, Gregory Haldecott of 417 Kimbrell St., was dead on arrival at Soderquist General Hospital. Police said the driver, Lothar K. Tunnicliffe, 38, of Quillby Township, was not held.

Capt. Roderick O. Blauvelt, commander of the traffic division, said the boy had darted out from between two parked cars and the driver had no chance to stop.

"That corner has had no crossing guard after 3 o'clock since September", the captain said. "We have asked for one twice, and twice we have been told there is no money".

A witness, Absalom V. Plimsoll, who runs a shoe repair shop on the corner, told police the truck had slowed for the corner and was going "no faster than anybody else goes on Mulvane".

Tunnicliffe, a driver for the Maplethorpe Sand & Gravel Co. for 11 years, and Plimsoll gave their statements at the Third Precinct station. He said he never saw the boy until "he was right under my bumper".

Blauvelt said the death was the fourth of a child in city traffic this year, against one in all of 1960. He said he would take the crossing-guard request to the safety director himself today.

Parents at the Kimbrell Street School began circulating a petition last night headed "Guard Our Children at Mulvane Street".

Two hurt on Route 9

Two Quillby Township men were hurt early today when their car struck a bridge abutment on Route 9 near the Pockwood Creek bridge. State troopers said the driver apparently fell asleep. Both men were reported in fair condition.
'''

T["met05-birchmead-zoning-appeal.txt"] = '''
Residents fight filling station

More than 100 residents of the Birchmead section packed the hearing room of the Zoning Board of Appeals last night to oppose a filling station at Birchmead Avenue and Bramwell Road.

Sebastian M. Gaithwaite, attorney for the Scarbridge Oil Co., told the board the corner had been zoned for business until 1954 and the company had bought it in good faith.

"My client is not trying to slip anything past anybody", Gaithwaite said. "The station will be landscaped, lighted and closed at 10 o'clock every night".

Mrs. Lindsay J. Bickerstaffe, who lives across the road, said she had raised four children on Bramwell Road "without once worrying about a tank truck". She presented a petition with 412 signatures. Its heading read "Keep Birchmead Residential".

Nathaniel Q. Ormsbee, a retired bridge engineer, said the traffic count at the corner had doubled since the Birchmead shopping center opened and that a station would mean "a wreck a week, and some weeks two".

Gaithwaite answered that the oil company's own count showed fewer cars, not more. He said Ormsbee had stood at the corner to make his count "on the Saturday before Christmas, of all days".

The board's chairman, Walther E. Grubenhagen, said the board would rule within 30 days. He said the hearing had been "one of the most orderly we have had in this room" despite the crowd.

Several of the residents said afterward that they would go to court if the variance was granted.

Variance granted for church

In other business, the board granted a variance allowing the Birchmead Methodist Church to build a parish house eight feet closer to Ivybridge Lane than the code permits. There were no objections.
'''

T["met06-tamsworth-reservoir-shortage.txt"] = '''
Reservoir at lowest level since 1930

The Tamsworth Reservoir, which supplies water to 86,000 persons in Cardingham and four neighboring towns, has fallen to 38 per cent of its capacity, according to the city's water engineer, Gustavus H. Eichelberger.

The level is the lowest since the drouth of 1930. Eichelberger asked residents to stop watering lawns and washing cars until further notice.

He told the Board of Water Commissioners yesterday:

"We have had 11 inches of rain since March. In a normal year we would have had 23. The brooks that feed the reservoir are nothing but dry stones.

"If we do not get real rain by the middle of October, we will have to start pumping from the Quaddick River, and Quaddick water is hard, it is warm and it costs money".

The commission's chairman, Dietrich F. Dachsteiger, said the board would hold an emergency meeting Friday night to consider a formal ban on sprinkling.

Officials at City Hall said the request would not be enforced by the police for the present.

"Sprinkling is a habit, not a need", Eichelberger said in an interview later. "Give us two weeks of short showers and shut-off hoses and we can ride this out".

Asked how long the reservoir would last without rain, the engineer said the present supply would carry the towns through the middle of December.

The four neighboring towns, Ebbsfield, Norcott, Upper Haddow and Quinnell Corners, buy their water from Cardingham under a contract signed in 1938.

Signs go up in parks

The Park Department yesterday posted signs reading "Save Water -- Every Drop Counts" at all 14 city parks and shut off the drinking fountains at six of them.
'''
