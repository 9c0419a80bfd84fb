# Hand-written article texts for devset8, part 1 (gov01-gov06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line.
# Style of the converted Brown category A texts: punctuation the paper printed
# inside a closing quote comes AFTER it ("...", he said.), datelines joined to
# the paragraph, several short stories per file, sentence-case headlines.
T = {}

T["gov01-banwarth-sales-tax.txt"] = '''
Banwarth asks sales tax for schools

Oxbury, Mont. (AP) -- Gov. Lorimer K. Banwarth asked the Legislature today for a 2 per cent sales tax to pay for schools, and he told a joint session it would be "the last new tax this state will need for ten years".

The governor spoke for 52 minutes to a chamber crowded to the doors. He was interrupted by applause eleven times, most of it from the Democratic side of the aisle.

"We have put off this day as long as decent people can put it off", he said. "Our children are going to school in shifts, in church basements and in rented stores".

He said the state had 6,000 more pupils this fall than it had seats for, and the number would double by 1964.

"I do not like a sales tax", he added. "Nobody likes a sales tax. But I like double sessions even less".

The tax, he said, would bring in about $31 million in its first full year. Food and medicine would be exempt.

He declared that the property owner "has carried this load alone since statehood".

He said:

"I am asking you to spread it. I am asking the man who buys a new car and the man who buys a fishing rod to carry a little of it.

"I know what the newspapers will say tomorrow. Let them say it. The schools cannot wait for a better year".

The governor also asked for a state building authority and said he would send a highway message to the Legislature next week.

State Sen. Iverson Q. Blatchford of Gilmanton, the Republican floor leader, called the speech "a tax bill with a pink ribbon tied around it". He said his party would offer a bill within ten days to take the school money from the highway fund instead.

"The governor has found the one answer that costs the most", Blatchford said.
'''

T["gov02-crowthers-street-railway.txt"] = '''
Mayor says no to street railway

Dunmarsh, Ohio -- Mayor Lysander P. Crowthers said today the city would not put another nickel into the bankrupt Dunmarsh Street Railway Co., and he said it four different ways at his weekly news conference.

Asked whether the railway could last the winter without help from the city, the mayor said, "That is a question for the railway's bankers, not for me".

"Will you let the streetcars stop"? One reporter asked.

"Nobody is going to let anything stop", the mayor replied. "The railway has a franchise, and the franchise says it runs. If it cannot run, the franchise comes back to the city".

He said the city's lawyers were studying whether the city could run the lines itself, but he would not guess how long the study would take.

A reporter reminded him that in his campaign two years ago he had called the railway "a public trust".

"It is a public trust, and I still say so", Crowthers said. "That does not mean it is a public charity".

The railway's president, Horatio B. Quarrington, said later at his office on Locust Street that the company would need $400,000 by Jan. 1 "or the cars will stay in the barn".

Quarrington said the company had lost money every year since 1952, when the last of its open cars was retired, and that it now carried fewer riders than it did in 1910.

On another question, the mayor said he had not decided whether to run for a third term.

"Ask me in March. I will know more in March than I know now, and so will you", he said.

The news conference, which lasted 40 minutes, ended when a reporter asked the mayor about the police pay raise. He looked at his watch and said he was late for lunch with the bishop.
'''

T["gov03-turnpike-bond-debate.txt"] = '''
Senate fights over turnpike bonds

Calderbank, Ind. (UPI) -- The State Senate argued for four hours today over a bill to let the Turnpike Authority sell $90 million in new bonds, and went home without a vote.

Sen. Leverett Tremlett of Tansy Hollow, who wrote the bill, opened the debate. The senator said the new road would carry the state's trucks "from the Ohio line to the river in three hours instead of seven".

"Every month we wait costs us another $200,000 in building prices", he said.

Sen. Maximilian O. Stroud of Tippet, who has fought every turnpike bill since 1953, answered him. The Democrat said the bonds would be paid off "by our grandchildren, if they are lucky".

"The senator from Tansy Hollow wants a road. So do I. But I want a road we can pay for", Stroud said.

He said the Authority had not yet paid back the $40 million it borrowed in 1955, and that tolls on the old road had fallen three years running.

The Republican leader, Sen. Fenimore J. Rasch of Bellwether, then asked for the floor. He told the Senate that both men were right about the figures, "and that is what worries me".

"Nobody in this room has read the engineers' report, and I include myself", he said.

The senator from Tansy Hollow objected. "I have read it twice, every page of it", Tremlett said. "It is 212 pages long and it says build the road".

The Republican leader moved to send the bill back to the Finance Committee for two weeks.

The Democrat was on his feet again. The delay, he said, was "the first sensible thing I have heard today".

The motion carried, 26 to 22, with nine Republicans voting with the Democrats. The Senate then adjourned until Monday.
'''

T["gov04-pulsifer-hearing.txt"] = '''
Bookkeeper tells of missing checks

Scoville Junction, Ark. -- A bookkeeper in the county treasurer's office testified today that she saw her employer take county tax checks home "in a brown envelope, every Friday for a year".

The witness, Mrs. Delphine Markwardt, 41, was the first called by the state at the preliminary hearing of County Treasurer Zebulon W. Pulsifer, who is charged with embezzling $23,600.

Under questioning by Dist. Atty. Phineas L. Greaves, she said the checks never reached the county's account at the Planters Bank.

"I asked him once where they went. He said that was none of my business", Mrs. Markwardt said.

The defense attorney, Ulysses M. Haverkamp, asked her whether she had ever seen what was inside the envelope.

"No, sir. I never looked inside it, and I never said I did", she answered.

"Then you do not know that there were checks in it"? Asked Haverkamp.

Greaves objected, and Judge Barnaby L. Quarternaine sustained the objection. "The witness has told us what she saw. The jury, if there is one, will decide what it means", the judge said.

Haverkamp told newsmen during the noon recess that his client "has never taken one penny that was not his own".

He said the treasurer kept his own checks and the county's checks in the same envelope "because his wife told him to stop losing them".

Pulsifer, a gray-haired man of 63, sat beside his lawyer through the morning and did not speak.

Greaves said he would call four more witnesses tomorrow, among them the cashier of the Planters Bank.

Judge Quarternaine said the hearing would probably end Thursday.
'''

T["gov05-aging-commission-report.txt"] = '''
Commission asks rise for aged

Tresham, Ore. (AP) -- The State Commission on the Aging said in its report to the governor today that one old person in four in the state lives on less than $60 a month.

The report, the result of 18 months of hearings in 31 counties, asked for a $12-a-month rise in old-age assistance and a state office to inspect nursing homes.

"Too many of our old people are living in rooms that the health laws would not permit for a dog", the report said.

It said 14 of the 90 nursing homes visited by the commission's staff had no fire escape above the ground floor.

The report said:

"We found one home in which 22 patients shared a single bathtub and the only nurse was the owner's daughter, aged 17.

"We do not believe that the people of this state know these things. We believe that when they know them, they will not stand for them".

The commission's chairman, Prof. Elihu D. Pendergrass of Weller College, told newsmen the cost would be about $4 million a year. He said the Legislature "can find it if it wants to find it".

One of the nine members, Erastus B. Gullickson, a Kimbleton banker, refused to sign the report. In a dissent attached to it, he wrote that the inspection plan would "put every widow who takes in two boarders out of business".

Gullickson said in an interview he favored the pension rise "with all my heart, and I said so at every hearing", but thought the counties, not the state, should inspect the homes.

The report will go to the Legislature when it meets in January. It is titled "The Forgotten Fourth".
'''

T["gov06-sawbuck-dam-letter.txt"] = '''
President weighs Sawbuck Dam money

WASHINGTON (AP) -- A White House spokesman said today the President had not yet decided whether to ask Congress for money to finish the Sawbuck Dam, but would decide "before the budget goes to the printer".

The spokesman said the President had read a letter from Sen. Bartholomew Q. Yancey (D-Idaho) and "has the Senator's arguments very much in mind".

The letter, which Yancey made public at his office, said the dam was 60 per cent finished and that "a half-built dam is the most expensive thing a government can own".

"The Mattock River does not care which party built the first half", the letter said.

Yancey told reporters he had written the letter because the Budget Bureau had recommended that work on the dam stop for a year.

The Budget Bureau would not comment.

The Interior Department said in a statement that stopping work would cost about $3.2 million in penalties to the contractors, and that 1,100 men would lose their jobs.

At the Capitol, Rep. Thornton B. Gedney (R-Kan.) called the dam "a monument to the pork barrel and to nothing else". He said the Kansas farmers who help pay for it would never see a drop of its water.

"If the Senator wants his dam, let his state build it", Gedney said.

Yancey answered in a second statement later in the day. He said:

"The gentleman from Kansas eats bread made from wheat that moved down rivers this government dammed. I have never heard him complain about the price of the bread".

The dam, begun in 1958, was called "Yancey's Folly" by its critics in the 1958 campaign.
'''
