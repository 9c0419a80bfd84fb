# Hand-written article texts for devset11, part 1 (wir01-wir05). Each text is one
# triple-quoted string; paragraphs are separated by one blank line.
# Style of the converted Brown category A texts: punctuation the paper printed
# inside a closing quote comes AFTER it ("...", he said.), wire datelines joined to
# the first paragraph, some files with a second short item under its own headline.
T = {}

T["wir01-orrinbrook-dam-testimony.txt"] = '''
Orrinbrook defends dam plan before Senate panel

WASHINGTON (AP) -- Secretary of the Interior Ingram M. Orrinbrook told a Senate committee today the government could not wait another year to start the $190 million Quillamook River dam.

"Every season we lose is a season of floods in three states", the Secretary said. "I do not think the Congress wants to explain that to the people downstream".

Sen. Tertius P. Whitgrave, chairman of the Public Works Committee, asked whether private power companies had been offered a share of the project.

Mr. Orrinbrook said they had been invited in twice and had declined both times. He said the department's engineers put the cost of power from the dam at 4.1 mills a kilowatt hour, well under the private figure.

Whitgrave, who has fought the dam since 1958, called the figure "a guess dressed up as a promise". He told newsmen after the hearing the committee would call the companies' own engineers next week.

The Secretary also said the Army engineers and his department had settled their quarrel over who would run the power plant. "There is no quarrel left between us", he said.

Mr. Orrinbrook read a prepared statement to the committee before the questioning began. He said:

"The Quillamook has flooded eleven times since 1900. It has taken 84 lives and something over $300 million in property.

"The dam will end that. It will also put water on 600,000 acres of dry land and light the farms of three states.

"I ask the committee to look at the cost of doing nothing, because that cost is paid every spring".

Sen. Mervyn O. Tallbridge of Montana, a supporter of the dam, said the Secretary had "answered every question that deserved an answer".

A spokesman for the Northern Tier Power Co. said the company had never been shown the department's figures.

Park fees to rise

WASHINGTON (AP) -- Entrance fees at 14 national parks will go up 50 cents a car on May 1, the Interior Department announced today.
'''

T["wir02-dunmere-news-conference.txt"] = '''
President sees no need for tax rise now

WASHINGTON (UPI) -- President Darius V. Dunmere said today he saw no need for a tax increase this year, but he warned Congress that higher defense spending could change the picture by fall.

The President told his weekly news conference the budget would be "close to balance, or very close to it" if business kept up its present pace.

He said he had asked the Budget Bureau for a new estimate by June 1. He would not say whether he expected a deficit.

Asked about reports that he would name a new ambassador to Corvania, Mr. Dunmere said no decision had been made and none would be made this month. "I have read a good many names in the papers, and some of them are very good names", he said.

The President said he would meet with Premier Vasko Teodoric of Corvania "some time this summer, if the work goes well". He said the place had not been chosen.

On farm legislation, Mr. Dunmere said the House bill was "a good start, and a better bill than I expected" and that he hoped the Senate would not load it with amendments.

A reporter asked whether he planned to campaign for Democratic candidates in the fall. The President smiled and said it was "a little early in the season for that kind of question".

On Corvania, the President said the United States had "not one thing to apologize for". He said the embassy's statement had been cleared with him before it was issued.

"We will keep our planes where they belong, and we expect others to do the same", he said.

Mr. Dunmere called the steel price increase announced by two companies last week "unfortunate" but said he would not ask them to roll it back. He told newsmen he hoped the rest of the industry would "think it over carefully before they follow suit".

Press secretary Tarleton K. Hallowhurst said later the President would leave Friday for a weekend at Camp Wyndcliffe.

White House sets dinner

WASHINGTON (UPI) -- The White House said today the President and his wife would give a state dinner May 9 for the King of Ostrovia.
'''

T["wir03-governors-conference.txt"] = '''
Governors split on highway money

PELLWORTH SPRINGS, Va. (AP) -- The nation's governors opened their annual conference here today with a sharp quarrel over how the states should share federal highway money.

Gov. Hadwin B. Marrowby of Nebraska told the opening session the present formula "robs the wide open states to pay for the crowded ones".

"We have more miles of road and fewer people to pay for them", he said. "The formula ought to say so".

Gov. Emlyn T. Harnwell of New Jersey answered that the heaviest traffic was in the East and that the money ought to follow the cars.

"You can't build a road for a car that isn't there", Gov. Harnwell said.

The conference chairman, Gov. Leonora J. Strathmore of Oregon, appointed a committee of five governors to try to write a compromise resolution by Wednesday. She told newsmen she expected a close vote on the floor.

Mrs. Strathmore said the governors would also take up civil defense, a subject she said had been "left to the mayors for too long".

Gov. Marrowby, a Republican, told a news conference later he would not support any resolution that kept the old formula. Asked whether he would walk out, he said, "I never walk out. I just vote no".

Gov. Millard Fentriss of Mississippi, speaking on the civil defense question, said the federal government had sent the states "a great many pamphlets and very little money".

"My state has one fallout shelter that I know of, and it is in my own back yard", he said. "I built it myself, with a shovel and a sack of cement".

The governors will hear an address tomorrow by the Secretary of Commerce.
'''

T["wir04-caddoburg-bus-station.txt"] = '''
Negro ministers press bus station suit

CADDOBURG, Ala. (AP) -- Nine Negro ministers asked a federal court today to order the city's bus station restaurant opened to Negroes, and Mayor Beauregard W. Bellingrath said the city would fight the suit "to the last court in the land".

The Rev. Josiah T. Amberlee, pastor of the Mount Calvary Baptist Church and a spokesman for the ministers, said Negroes had been turned away from the lunch counter four times since April 1.

"We have asked politely and we have been refused politely", Mr. Amberlee said. "Now we are asking the court".

The ministers' lawyer, Cyprian L. Woodhatch of Birmingham, said the restaurant served interstate passengers and was covered by a Supreme Court ruling handed down last December.

Mayor Bellingrath told newsmen the restaurant was leased to a private operator and the city had no say in whom it served.

"Caddoburg has had no trouble and wants none", he said. "These people are not from here, most of them".

Mr. Amberlee said all nine ministers had lived in Caddoburg at least 10 years. He said a mass meeting would be held Thursday night at his church.

Woodhatch said he would ask for a hearing within 10 days. "This case is about as plain as a case can be", he told newsmen. "The only question is how long the city wants to spend losing it".

Mayor Bellingrath, asked about the lawyer's remark, said Woodhatch was "a long way from home and a long way from the facts".

Police Chief Hosmer D. Fortnum said extra men would be on duty at the station. A spokesman for the Southern Crossways Bus Lines said the company had no comment.

Signs reading "White Waiting Room" still hung over the station doors today.
'''

T["wir05-corvania-embassy-note.txt"] = '''
Corvania protests U.S. flights

VELENGRAD, Corvania (UPI) -- Premier Vasko Teodoric told Parliament today American reconnaissance planes had crossed his country's border three times in the past month and warned that "the next one will not go home".

The Premier spoke for nearly two hours. He said Corvania wanted friendship with the West but would not be "a parking lot for other people's airplanes".

Foreign Minister Dragan Ostrelic later handed a note to the U.S. charge d'affaires, Sumner P. Farrowdale. The note said the flights were "a deliberate provocation against a peaceful country" and demanded an apology.

The U.S. Embassy said in a statement that no American plane had entered Corvanian air space. "The charges are without foundation of any kind", the statement said.

Farrowdale told newsmen he had forwarded the note to Washington. He said he had no further comment.

Ostrelic, speaking to foreign correspondents at the ministry, said Corvania had radar photographs of the flights and would show them to "any honest man who cares to look at them".

"We do not want a quarrel with the United States", Ostrelic said. "But we will not be silent about our own sky".

He said the photographs had been taken by a radar station near Dvornik on March 3, March 17 and April 2.

The Premier's speech was broadcast over the state radio. In it he said the government had placed its air defense units "on the highest state of readiness" and had canceled all leave for officers.

Diplomats here said the protest was the sharpest since Teodoric took power in 1957.

Trade talks resume

VELENGRAD, Corvania (UPI) -- Corvanian and Ostrovian trade delegations resumed talks today on a new wheat agreement, the official news agency Korvpress said.
'''
