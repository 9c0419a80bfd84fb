# Hand-written article texts for devset11, part 2 (wir06-wir12). Same conventions as part 1.
T = {}

T["wir06-brannock-foundry-mediator.txt"] = '''
Mediator calls foundry talks to Cleveland

CLEVELAND (AP) -- A federal mediator summoned both sides in the 23-day strike at the Brannock Castings Corp. to a meeting here tomorrow, the first since talks broke off May 2.

Ancel J. Wrenshall of the Federal Mediation and Conciliation Service said he had "some reason for hope, but not much more" but would not give details.

"Both sides have moved a little in the last week, though neither one will admit it", Wrenshall told newsmen.

The strike by 4,200 members of Local 318, United Metal Casters, has shut the company's plants in Cleveland, Lorain and Sandusky.

Algernon F. Quigglestone, president of the local, said the union had dropped its demand for a 35-cent package and would settle for "something the men can live on". He would not name a figure.

The company has offered 11 cents an hour over two years. Its vice president for labor relations, Fairfax G. Pennycook, said the offer was "fair, final and more than the industry is paying".

"We are not going to price ourselves out of the castings business", Mr. Pennycook said. "There are foundries in Alabama that pay a dollar less".

Quigglestone said Pennycook was "talking about 1935 and not about 1961". He said the men would stay out on the picket lines "until the snow flies if we have to".

Said a spokesman for the company: "We will be at the meeting".

Mayor Rowland Abernathy-Royce of Lorain said the strike was costing merchants in his city about $90,000 a week. He said he had written to the Secretary of Labor asking him to "take a personal hand".

Wrenshall said the meeting would begin at 10 a.m. in the Federal Building and would "go on as long as anybody is still talking".

Picket signs at the Lorain plant read "11 Cents Is An Insult".
'''

T["wir07-harkness-county-tornado.txt"] = '''
Tornado kills 9 in Kansas towns

HAYSBOROUGH, Kan. (AP) -- A tornado cut a path half a mile wide through two small towns in Harkness County tonight, killing at least nine persons and injuring more than 60.

State Civil Defense Director Eldred R. Quintrell said the storm had wrecked 140 homes in Haysborough and "nearly all of the business district" of Quiddlesby, five miles east.

"We have people in every church basement in the county", Quintrell told newsmen at a command post in the Haysborough high school. "We need cots, blankets and drinking water, and we need them tonight".

He said the National Guard had sent 200 men and 30 trucks.

Sheriff Ulric K. Wendtmoor said searchers were still digging in the ruins of the Quiddlesby grain elevator, where three men had been working when the storm struck.

Mrs. Marcellus P. Marrisett, whose house stood across the road from the elevator, said she was standing in her kitchen door when she saw the funnel "come down like a gray rope".

"I got the children into the cellar and the house went right over our heads", she said.

The Weather Bureau at Topeka said it had issued a tornado warning for the county 40 minutes before the storm struck.

Gov. Wystan S. Crandeforth flew to Haysborough late tonight. He told reporters he would ask the President to declare the county a disaster area.

Quintrell said the worst damage was at Quiddlesby, a town of 700, where the storm "took the main street and left the sidewalks".

"I have been through floods and I have been through blizzards, but I have never seen anything like this", he said.

Dr. Gresham L. Yarbrough, the only physician in Quiddlesby, said he had treated 40 persons in his own living room before the ambulances arrived.

The Red Cross set up a shelter in the Harkness County fairgrounds.
'''

T["wir08-atomic-reactor-announcement.txt"] = '''
AEC to build test reactor in Idaho

WASHINGTON (UPI) -- The Atomic Energy Commission announced today it would build a $42 million reactor in Idaho to test fuel for atomic submarines and merchant ships.

Commission Chairman Caspar D. Brightwater told a news conference the reactor would be ready by 1964. "It will tell us in two years what we now learn in ten", he said.

Brightwater said the plant would be built at the commission's testing station near Arco and would employ about 600 persons.

He said the commission had picked the Idaho site over two others, in Tennessee and South Carolina, because it already had the shielding and waste disposal facilities.

Dr. Evangeline M. Thistlewaite, director of the commission's reactor division, said the new reactor would be "the busiest test machine in the world".

"We will be running twenty or thirty experiments at a time", Dr. Thistlewaite said. "No reactor has ever been asked to do that".

Sen. Osric Q. Gullidge of Idaho said in a statement the decision was "good news for the state and good sense for the country".

Brightwater told the news conference the commission had also approved a plan to sell small power reactors to friendly countries. He said:

"We have had inquiries from eleven governments. Some of them want a reactor for power and some want one for research.

"We think this is the best answer we can give to those who say the atom is good only for bombs".

Asked about the cost of the program, Brightwater said it would be met from money already voted by Congress.

Shot fired at Nevada site

LAS VEGAS, Nev. (AP) -- A small underground atomic device was fired today at the Nevada test site, the commission said.
'''

T["wir09-supreme-court-search-ruling.txt"] = '''
High court voids search in bookmaking case

WASHINGTON (AP) -- The Supreme Court ruled 6 to 3 today that police in Ridgeport, Ohio, had no right to search a man's apartment without a warrant because a neighbor had complained of noise.

Justice Ludlow W. Hollenbrand wrote the majority opinion. He said the officers had "no more right to walk into that apartment than into this court".

"The Constitution does not bend to the convenience of the police", Justice Hollenbrand wrote. "A man's door does not open because his neighbor is annoyed".

The case involved Jubal Kessendine, who was convicted of bookmaking after officers found betting slips in his kitchen.

Justice Welby E. Crosswhite wrote for the three dissenters. He said the officers had been invited in by Kessendine's wife and had not searched anything until they saw the slips on the table.

"The majority has read into the record a search that never took place", Justice Crosswhite wrote.

Justice Hollenbrand went on:

"It is said that the officers meant no harm. We do not doubt it.

"But the rule is not written for officers who mean no harm. It is written for the others, and it must be the same rule for all".

Justice Azariah P. Marchbank, who joined the majority, wrote a separate opinion. He said the Court should have gone further and thrown out the state's wiretap evidence too.

Kessendine's lawyer, Lazarus R. Pemberfield, told newsmen the ruling was "a lesson every police department in the country ought to learn".

The Ohio attorney general, Asahel T. Deverell, said in Columbus the state would ask for a rehearing.

Court recesses

WASHINGTON (AP) -- The Supreme Court recessed today until May 15. It will hand down opinions then.
'''

T["wir10-senator-wheat-program.txt"] = '''
Farm senator attacks wheat plan

WASHINGTON (UPI) -- Sen. Roscoe T. Vandermolen, D-N.D., said today the administration's new wheat program would "put half the farmers in my state out of business by 1964".

Vandermolen told the Senate Agriculture Committee the plan to cut acreage 20 per cent would fall hardest on the small grower.

"The big operator can stand a cut", the senator said. "The man with 300 acres cannot".

Agriculture Secretary Otho P. Castlebury said later the senator had "misread the bill from the first page to the last". He said growers would be paid for every acre they took out of wheat.

The National Grange and the Farmers Union split on the plan. Herschel D. Oakenfold, legislative director of the Farmers Union, told the committee his organization backed the 20 per cent cut "as the only way out of the surplus".

The Grange, in a statement read to the committee, said it opposed any farm program, old or new, that "turns the farmer into a hired man of the government".

Mr. Vandermolen said he would offer an amendment exempting farms of less than 400 acres. He said he had 22 votes for it "and I am counting on more".

Committee Chairman Seward M. Thursby of Louisiana said he would hold the bill in committee until the amendment was drafted.

Castlebury, who appeared before the committee in the afternoon, said the administration would accept reasonable changes in the bill. He told the senators the surplus now stood at 1,400,000,000 bushels and was costing the government a million dollars a day to store.

"We cannot go on paying rent on a mountain of wheat", the Secretary said.

Committee staff members said a vote was not likely before June.
'''

T["wir11-un-tanvola-debate.txt"] = '''
UN Assembly debates Tanvola police force

UNITED NATIONS, N.Y. (AP) -- The General Assembly opened debate today on a plan to send a 5,000-man United Nations police force to Tanvola, and the Soviet delegate called it "colonialism wearing a blue helmet and a smile".

Soviet Deputy Foreign Minister Grigori S. Volchanin said his government would pay nothing toward the force. He said the Secretary General had acted on his own and "without the consent of the Security Council and without the consent of the Tanvolan people".

U.S. Ambassador Elwin J. Alderclyffe answered that the force had been asked for by the Tanvolan government itself.

"The Soviet delegate knows this as well as I do", Alderclyffe told the Assembly. "He has the letter in his own files".

"Without the force there will be civil war in Tanvola within a month", he said.

India's delegate, Ravindra N. Shastrapal, said his country would send a battalion if the Assembly voted for the plan. He said India hoped the force could leave "within a year, and not a day longer".

Tanvola's Foreign Minister, Emmanuel K. Obuyanga, told the Assembly his government wanted the force in the country "now, and not after the funerals".

The Soviet delegate took the floor again late in the afternoon. He said the Western powers had bought the votes of the small nations with promises of aid.

"Some delegations will vote for this plan because they have been told to", Volchanin said. "We know very well who told them".

Alderclyffe did not reply. Sir Geoffrey Pemblewick of Britain said the charge was "beneath the dignity of this Assembly".

A spokesman for the Secretary General said a vote was expected Friday or early next week.
'''

T["wir12-missile-base-strike.txt"] = '''
Strike halts work at missile base

CHEYENNE, Wyo. (AP) -- About 1,100 construction workers walked off their jobs today at the Fernhollow Air Force Base missile site, halting work on nine Atlas launching pads.

The strike was called by the Building Trades Council of Laramie County in a dispute over pay for work below ground. Council president Jotham O. Grimsditch said men working in the silos got no more than men on the surface.

"A man who works sixty feet down ought to be paid for it", Grimsditch said.

Col. Reginald A. Dunstaple, the Air Force officer in charge of the site, said the walkout would set the program back "at least a day for every day it lasts". He told newsmen he had asked the Labor Department to send a mediator.

The prime contractor, the Wexborough Construction Co., said in a statement it was paying the scale set by the area agreement and "will continue to do so as long as the agreement stands".

In Washington, Sen. Torrance L. Pardridge, R-Wyo., said the strike was "a disgrace at a time like this". He said he would ask the Missile Sites Labor Commission to step in.

Grimsditch said the men would return to work "the minute the contractor sits down with us".

Work on the site has been stopped twice before, for two days last November and for one day in February.

"We have lost nine working days on this base since the first of the year", said a spokesman for the contractor. "Every one of them was a day the country could not spare".

Dunstaple said there was no danger to the two pads already finished, which are guarded by Air Force police.

Pickets carried signs reading "Missiles Yes, Cheap Labor No".
'''
