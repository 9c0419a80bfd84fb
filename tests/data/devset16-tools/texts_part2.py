# Hand-written article texts for devset16, part 2 (spk07-spk12). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Each sample is one
# story of a speech, meeting or press conference reported at length ("speeches").
T = {}

T["spk07-school-site-hearing.txt"] = '''
Residents fight school site at hearing

More than 300 residents of the Kelderton section crowded a public hearing of the Board of Education last night to oppose the board's plan to build a junior high school on the old Pendleford farm.

The board's president, Gifford D. Allingham, opened the hearing by reading the board's resolution of Feb. 6, which said the farm was "the only tract of sufficient size within the district that the board can afford to buy".

"We are here tonight to listen to you", Allingham said. "Nobody has voted on anything tonight, and nobody will".

The superintendent of schools, Dr. Sefton A. Yarwood, told the board that the present junior high school on Birchover Street was built for 600 pupils and has 1,040. He said the new building would take 900 of them by the fall of 1963.

"I do not care where it goes", Yarwood said. "I care that it goes somewhere, and soon".

He warned the board that every month of delay would cost the district about $6,000 in rising prices. He said the architects' plans could be drawn for either site in the same time.

Eleven witnesses followed him. The first, Nevin K. Ellerby, a lawyer who lives on Pendleford Lane, said the farm lay at the bottom of a hill and had flooded in three of the last ten springs.

"The board is proposing to put 900 children in a swamp", he said. "I have pictures. I will be glad to show them to anybody who has not been out there in April".

Ellerby filed a petition signed by 1,150 residents. The petition asked the board to choose a site on Quarry Road instead.

A second witness, Ardell E. Upshaw, a builder, testified that the Quarry Road site would cost $80,000 more to prepare because of the rock. He said he had no interest in either site.

"I have built on rock and I have built on mud", Upshaw said. "Rock costs more the first year and mud costs more every year after".

Dr. Hiland R. Lockyer, a physician who has practised in Kelderton since 1932, told the board he was worried about the traffic on Pendleford Lane, which has no sidewalk. "Some child is going to be killed on that road", he said, "and I do not want to be the one they call".

Mrs. Dorcas Quantock, who teaches the sixth grade at the Birchover Street school and lives near the farm, spoke for the teachers of the district. She said they did not care which site was chosen "so long as it is chosen this spring, and not after another study".

Allingham read into the record a letter from the county engineer, Sylvester J. Wilberforce, who was out of town. The engineer wrote that drainage at the farm "can be corrected for about $45,000, and should be corrected whether a school is built there or not".

Ellerby rose again to answer the letter. He said $45,000 had been the engineer's estimate for the Birchover Street school drains in 1950, and that the work had cost three times that.

"I have nothing against Mr. Wilberforce", he added. "I only remember 1950, and so do the taxpayers".

A board member, Ewart G. Haddlesey, asked Ellerby whether the residents would support a bond issue for the Quarry Road site. Ellerby replied that he could speak only for himself, but that he would.

Haddlesey said later that he had been "leaning toward the farm, and leaning hard" before the hearing and was not leaning anywhere now.

Another board member, Jerrold P. Colwick, said he had walked the farm himself on Sunday. "It was wet, I will grant them that", he said. "But it was also March, and everything in this county is wet in March".

Allingham closed the hearing at 11:40 p.m. He said the board would visit both sites on Saturday morning and vote on March 14, "and we will go out in boots".
'''

T["spk08-foundry-union-rally.txt"] = '''
Union chief calls for strike vote at Grimsdale foundry

The president of Local 918 of the United Foundry and Forge Workers told 2,200 members at a rally in the Armory last night that the Grimsdale Iron Works had "made its last offer to a union that will not take it".

The union president, Tadeusz J. Przybylski, asked the members to vote on Thursday to authorize a strike when the present contract runs out on April 30. He charged that the company had offered a raise of six cents an hour "to men who have not had a raise since 1958".

"Six cents will not buy a cup of coffee at the plant gate", he declared. "The company knows it, and we know it, and the company knows we know it".

He was introduced by the local's vice president, Leszek Jaworski, who called him "the man who brought this local back from 400 members to 2,200, and who has never sold one of them out".

Przybylski spoke for more than an hour. He said the company had made a profit of $3.4 million in 1960, its best year since the war, and that the stockholders had been paid a dividend of $2 a share.

"I am not against dividends, brothers", he said. "I own four shares myself. I am against paying them out of the pockets of the men in the casting shed".

In his speech, Przybylski said the company wanted to put in a new incentive plan in the casting shed that would mean "more sand, more heat and the same pay". He warned the members that if they took the plan this year they would never be rid of it.

The union president then read from a letter the company's president, Milford F. Lovibond, sent to every employe on March 3. "The company has no wish to take anything away from any man", Lovibond wrote. "It wishes only to share what it earns with those who earn it".

"Well, we earned it, every cent of it", Przybylski said, "and we are still waiting for the share".

He emphasized that a strike vote was not a strike. "A strike vote is a telegram", he said. "It tells the company that we have read its letter".

He asked the members to go home and tell their wives what the company's letter said and what it did not say. "Read it to them at the supper table", he said. "Then read them your pay envelope".

The company replied this morning in a statement issued at its offices on Furnace Street. It said the six-cent offer was "only the first offer, as the union very well knows", and that the incentive plan would raise the pay of most casting shed employes by ten to twenty per cent.

Lovibond himself told reporters that the union president had "made a good speech to the wrong audience". He said the company would meet the union's negotiators again on Monday.

"Mr. Przybylski should make his speeches at the bargaining table", he said. "That is where the money is".

Asked whether the company would close the plant in a strike, Lovibond replied that it would not try to run it. He said the foundry had 640 orders on its books and "would like very much to fill them".

Przybylski, told of the statement, said it was the first time in three months that the company had called six cents a first offer. "If they have a second offer, let them make it on Monday", he said. "We will be there at ten o'clock".

The vote on Thursday will be by secret ballot at the union hall on Kiln Street. The polls will be open from six in the morning until eight at night, so that all three shifts can vote.
'''

T["spk09-noonday-club-talk.txt"] = '''
Banker sees boom for valley by 1970

The Mardale Valley will have 60,000 more people and twice as many factories by 1970, the president of the largest bank in the valley predicted yesterday.

Archer H. Starkweather, president of the Mardale Trust Co., spoke to 180 members of the Noonday Club at its weekly luncheon in the Hotel Welbourne. The title of his talk was "The Valley in 1970".

He was introduced by the club's president, Edsel P. Boscawen, who called him "the only banker in the valley who has never turned down a loan to me, because I have never had the nerve to ask".

Starkweather said the valley had gained 22,000 people in the census of 1960, and that nearly all of the gain was in the last five years of the decade. He noted that five new plants had come into the valley since 1956.

"None of them came here by accident", he said. "They came because we had the water, the rail line and the labor. We still have all three, and we have more of them than anybody in this part of the state".

He pointed out that the valley's power company had doubled its capacity in six years and would double it again by 1966.

The banker emphasized that the growth would not come by itself. He said the towns of the valley would have to spend $20 million on schools, sewers and roads in the next ten years, "and spend it before the people arrive, not after".

"A factory manager looking for a site does not ask about your churches and your parks", he said. "He asks about your sewers. That is not a pretty thing to say at lunch, but it is true".

He quoted from a report of the State Planning Board, published in January, which called the valley "the most promising industrial area of its size in the state". The report, he said, found that the valley had more unused industrial land on a rail line than any other county.

In his talk, Starkweather said the bank would lend its own money on the new plants, and that it had set aside $4 million for the purpose.

"The money is there, and it is waiting", Starkweather told the club. "What is not there yet is the sewer, and the school, and the zoning ordinance. The bank cannot lend you a zoning ordinance".

The speaker warned, however, that the valley could lose its chance. "We lost the Wensley glass plant in 1958 because Thornaby had a sewer and we did not", he said. "They employ 900 people in Thornaby now. I drive past it every Sunday and I grind my teeth".

Asked from the floor whether the valley needed a new highway, Starkweather replied that it needed one badly and would get one "about five years after it stops needing it, which is the way highways come".

Another member asked him about taxes. He said he expected property taxes in the valley to rise, and that they ought to rise, "if we are honest about what we want".

"Nobody in this room likes to hear a banker say that", he added, "and I do not like to say it".

"The valley has been asleep for fifty years, and it was a pleasant sleep", he said in closing. "I grew up in it and I liked it.

"But the alarm has gone off, gentlemen, and the man who stays in bed this time will wake up in a ghost town".

Boscawen thanked the speaker and said the club would send a copy of the talk to every town council in the valley.

The club will meet next Tuesday to hear the county agricultural agent, Hervey T. Brancaster, on "Farming in a Growing Valley".
'''

T["spk10-hospital-commission-report.txt"] = '''
Commission urges new state mental hospital

A state commission said yesterday that the Aldermoor State Hospital is "a disgrace to a state of this wealth and a danger to the people it is meant to help", and recommended that a new hospital be built to replace it.

The Governor's Commission on Mental Health made its report to Gov. Athol D. Heathcote after 14 months of study. The report, titled "Ward Without Windows", runs to 212 pages.

The hospital has 3,100 patients in buildings meant for 1,900, according to the report, and one doctor for every 260 of them. It said the standard of the American Psychiatric Association was one doctor for every 150 patients.

"The state has built no new ward at Aldermoor since 1931", the report stated. "In those 30 years the number of patients has more than doubled, and the number of doctors has risen by two".

The report said 400 patients sleep in corridors and that one ward built for 40 holds 96. It said the commission's members had seen the ward themselves on a visit last June.

The report stated that the hospital's kitchen, built in 1898, had been condemned by the state fire marshal in 1957 and was still in use. It said patients on the upper wards ate food that was "cold by the time it reached them, and often cold when it left".

"We did not believe the figures until we saw the beds", the report said. "We believe them now, every one of them".

The commission recommended a new hospital of 1,500 beds near Brackenholme, at a cost of $28 million, and a program to train 40 more psychiatrists for the state's hospitals over the next six years.

Its chairman, Dr. Justus Hebblethwaite, a Cheverton psychiatrist, said at a press conference that the commission had been unanimous on everything but the site. He said three members had favored rebuilding at Aldermoor.

"We all agree the old hospital cannot be saved", Dr. Hebblethwaite said. "We disagree only on whether to build the new one next to it".

One of the three, State Sen. Garfield P. Gatesby, wrote in a separate statement printed at the back of the report that a new site would cost the state $3 million for land and roads "that it need not spend, and ought not to spend". Reached by telephone, the senator said he would offer a bill in the Legislature to rebuild at Aldermoor.

The chairman said he respected the senator's view but did not share it. "Aldermoor is 90 miles from the people who use it", he said. "Brackenholme is 15 miles from half of them".

Dr. Hebblethwaite said the commission had tried to write a report that a layman could read. "We left out the Latin on purpose", he said. "Anybody who wants the Latin can come and see me".

He suggested that few members of the Legislature had ever been inside the hospital. "I will drive any one of them out there myself", he said.

The report also criticized the Legislature, which it said had cut the hospital's budget requests in six of the last ten years. The cuts, it said, had fallen hardest on the staff, "because a doctor who is not hired does not complain".

The superintendent of Aldermoor, Dr. Merlin M. Crossthwaite, said he agreed with every word of the report. "I have been saying these things for nine years", he said. "I am glad to hear them said by people the Legislature listens to".

He said the hospital had 22 vacancies for doctors and nurses that it could not fill at the salaries the state paid.

The governor will send a message on the report to the Legislature next week.

Dr. Hebblethwaite said the commission would go out of existence on April 1. "We have said what we had to say", he said. "The rest is up to the Legislature, and to the people who elect it".
'''

T["spk11-congressional-debate.txt"] = '''
Rivals for House seat clash on farm bill

Rep. Jairus R. Tattersall and his Republican opponent, Vaughn M. Greatorex, met for the first time last night in a debate before 700 persons in the Wragby High School gymnasium, and agreed on almost nothing.

The debate was sponsored by the League of Women Voters of Quilling County. Its president, Mrs. Bethuel E. Dallimore, was moderator and held each man to five minutes an answer.

Tattersall, a Democrat who has represented the Eighth District since 1954, opened by defending his vote for the farm bill. He said it had put $11 million into the district last year, "and every dime of it went to a farmer".

"My opponent says the farm bill is socialism", he said. "If it is, then every farmer in Quilling County is a socialist, and I have never met one".

Greatorex, a Wragby feed dealer, replied that the bill had paid farmers to grow crops that nobody wanted and to store them in bins that the taxpayer rented.

"I did not say socialism, and he knows it", Greatorex said. "I said foolishness. There is a difference, though in Washington it is hard to see".

He said the government was paying $1 million a day to store surplus grain, and that the cost of storage in the district alone was more than the district had received under the bill.

Tattersall conceded that the storage program was "too expensive, and I have said so on the floor of the House". He contended, however, that the answer was to cut the surplus and not the farmer.

"My opponent would cut the farmer", he said. "He would cut him right out of business".

Greatorex insisted that he would do no such thing. He said he favored ending the price supports over five years, "so that no farmer is hurt and every farmer knows where he stands".

The two men disagreed as sharply on the proposed dam on the Swale River. Tattersall said he had won $2 million for the dam's first year. Greatorex said it would flood 4,000 acres of the best bottom land in the county.

"The congressman has found a way to help the farmer by drowning him", Greatorex said.

"My opponent does not know where the dam is", Tattersall replied. "It floods 4,000 acres of swamp, and I invite him to go out there and plant a crop in it".

One questioner asked both men whether they would support the President's school bill. Tattersall said he would. Greatorex said he would not, because he did not want Washington to tell the county what to teach.

Greatorex charged that the congressman had missed 41 roll calls in the last session, most of them "in the weeks when he was home making speeches about how hard he works in Washington".

Asked whether he would debate Tattersall again, Greatorex said he would debate him "every night until November, in every schoolhouse in the district".

Tattersall said he would be glad to. "But I have a job in Washington", he added. "My opponent can come down and watch me do it".

Tattersall replied to the charge about roll calls in his closing statement. He said he had missed them while his wife was in the hospital in Wragby, "and I would miss them again, and I think the people of this district would want me to".

Mrs. Dallimore said the league would hold a second debate in Kettering Mills on Oct. 12.
'''

T["spk12-treasurer-sentenced.txt"] = '''
Ex-treasurer gets five years for theft of county funds

A former treasurer of Hollesley County was sentenced yesterday to five years in the state prison for stealing $142,000 of the county's money, after a judge told him he had "robbed every taxpayer in the county, down to the widow with one cow".

Judge Philo L. Wetherall of Circuit Court imposed the sentence on Redvers C. Pickersgill, 56, who was treasurer of the county for 14 years until his arrest in October. Pickersgill pleaded guilty last month.

The judge spoke for 25 minutes before he passed sentence. He said he had received more than 200 letters about the case, most of them asking for mercy.

"I have read every one of them", he said. "They tell me that the defendant is a kind man, a good father and a generous neighbor. I believe every word. I also believe that he was generous with money that was not his".

Judge Wetherall read from one letter, written by a widow in Stoneleigh, Mrs. Pascoe Catterick, who said her taxes had risen by $40 in three years. "I do not want him hurt", she wrote. "I only want to know where my forty dollars went".

"The defendant knows where it went", the judge said.

Pickersgill took the money over nine years, according to the report of the county probation office, to pay debts he ran up in the stock market. The report said he had lost about $190,000 in all.

The defense attorney, Shelby T. Underhill, asked the court for a suspended sentence. He said his client had already lost his office, his house and his savings, and that he had repaid $38,000 by selling his farm.

"He will be paying the county back for the rest of his life", Underhill said. "He cannot pay it back from a prison cell".

"He has been punished more than any sentence could punish him", Underhill continued. "He cannot walk down the street of the town where he was born".

The prosecutor, Dist. Atty. Raleigh K. Fairbrass, replied that the county did not expect to see the rest of its money "from a cell or from anywhere else". He asked for a sentence of seven years.

Pickersgill, asked by the judge whether he had anything to say, stood and spoke in a low voice. "I am sorry, more sorry than I can say", he said. "I meant to pay it back every time. I have no excuse, and I do not offer one".

The judge said he believed him. He then spoke again at length.

"A county treasurer is not like other men who steal", Judge Wetherall said. "He is trusted by people who never see him and never check him. The law must show those people that their trust is not a foolish thing.

"If I suspend this sentence, I tell every man who holds public money in this county that he may take it, and that if he is caught he may say he is sorry.

"I will not tell them that. I will tell them the opposite".

He sentenced Pickersgill to five years and ordered that the proceeds of his house be paid to the county. He said he would recommend parole after two years if the defendant kept up his payments.

Fairbrass told reporters after the sentencing that the judge had been "fair to the defendant and fair to the county, which is not easy to be at once".

Underhill said after the sentencing that there would be no appeal of the sentence.
'''
