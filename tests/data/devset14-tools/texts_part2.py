# Hand-written article texts for devset14, part 2 (crw07-crw12). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Each sample is one story
# with many speakers ("crowded stories"): at least five named people who speak.
T = {}

T["crw07-senate-airline-hearing.txt"] = '''
Senators question airline on Tollbridge crash

A Senate aviation subcommittee opened hearings yesterday on the crash of a Tollbridge Air Lines plane near Gorsley last month, and its chairman said the airline had flown the plane for nine days "with a warning light that everybody on the ground had learned to ignore".

The chairman, Sen. Othniel B. Marrowfield (D., Ore.), said the subcommittee would find out "who knew about that light, and when, and why the plane was not grounded". Twenty-eight persons died in the crash.

The first witness, Milo F. Goodbody, president of Tollbridge Air Lines, testified that the light, which the pilots called "the lighthouse", had been checked three times by the airline's mechanics and traced to faulty wiring, not a faulty engine. He said the airline's maintenance record was "as good as any in the industry and better than most".

"We did not ignore that light. We looked at it three times, and three times it told us nothing", the witness said.

Sen. Kendall R. Ironmonger (R., Kan.) then read to him from the subcommittee's staff report, which said the plane's No. 3 engine had been changed in June and had given trouble on 11 flights since.

Q. Eleven flights, Mr. Goodbody. Did anyone at Tollbridge think eleven was too many? A. We thought it was the wiring, Senator. We still think so.

Q. Do you think so, or do your lawyers? A. I think so. I have been flying since 1929, and I would have flown that plane myself.

"That is a brave thing to say about a plane that is in pieces in a cornfield", the senator said.

Marrowfield broke in. "The senator from Kansas has made his point, and the witness has made his", he said. "Let us get on to the pilots".

Capt. Gilman H. Lambkin, a Tollbridge pilot for 14 years and president of the airline's chapter of the Allied Flight Officers Association, testified that pilots had written up the warning light in the plane's log 17 times. He said they had been told by the company's chief pilot "to write it up and fly it".

Asked whether any pilot had refused to take the plane up, Lambkin replied that two had, and that one of them had been suspended for a week without pay.

"Nobody was fired. Nobody had to be. We all have families", he said.

The association said in a statement given to the subcommittee that it would ask the Federal Aviation Agency to let a pilot ground any plane "without fear for his job and without a hearing".

Goodbody, recalled in the afternoon, said the suspension had been for lateness and had nothing to do with the plane.

Yates P. Emberton, deputy administrator of the Federal Aviation Agency, told the subcommittee the agency's inspectors had found no violation of the rules in the airline's records. Asked whether the rules were strict enough, he replied, "After this, no. Before this, we thought so".

Mrs. Nolan Varcoe of Ambercroft, whose husband died in the crash, sat in the front row through the day. She told reporters at the noon recess she had come "to see their faces, and I have seen them".

"She has every right to be here. I only wish she did not have the reason", Marrowfield said.

The airline's chief pilot, Seth L. Wragge, is under subpoena to testify today. Marrowfield said Wragge would be asked about the log entries "one by one, all 17 of them".
'''

T["crw08-kettlebury-mayoral-forum.txt"] = '''
Three mayoral candidates trade charges at forum

The three candidates for Mayor of Kettlebury met on one platform for the first and probably the last time last night, and by the end of the evening two of them were no longer speaking to each other.

Some 900 persons came to the forum in the Kettlebury High School gymnasium, which was sponsored by the League of Women Voters. Its president, Mrs. Ashbel T. Vesey, moderated. She said afterward it was the largest crowd the league had drawn "for anything, including the school bond issue".

State Sen. Sewall P. Thorndike, the Republican candidate, said the city had lost 2,000 factory jobs in four years while the Democrats at City Hall "argued about parking meters and let the factories walk away". He said he had already talked to three companies about building plants in Kettlebury.

"I do not promise miracles. I promise to be in my office at 8 o'clock every morning", the senator said.

Councilman Abiathar J. Saltonstall, the Democratic candidate, has served 12 years on the City Council and campaigns under the slogan "The Man Who Stayed Home". He said the senator had been in the Legislature for ten years "and cannot name one thing he has brought home to Kettlebury but his pay check".

"He can name one now. He brought home a new state armory, and Abiathar Saltonstall voted against the land for it", Thorndike interrupted.

Mrs. Vesey rang a bell and reminded both men of the rules.

The third candidate, Mrs. Rosamond Kidwelly, a widow who runs a florist shop on Denzil Avenue, is running as an independent. She said both parties had been running the city for 30 years "as if it were a family business and the voters were the help".

"These two gentlemen have been fighting all evening about who did less. I could have told them. They both did", she said.

State Sen. Lucan R. Shadwell, a Democrat, who sat in the front row, came to the microphone during the question period to endorse Saltonstall. He said his fellow senator had missed 41 roll calls in the last session "while he was out looking for his plants".

Thorndike's campaign manager, Ephron D. Haskard, told reporters afterward the senator had missed the roll calls because his wife was in the hospital, "and Senator Shadwell knows that as well as anybody".

The senator himself would not discuss it.

Saltonstall said the city's tax rate had gone up only once in his 12 years on the council and he would hold it where it was. "Every plant the senator brings in will need water and sewers and police, and somebody has to pay for them", he said.

Asked whether she would support either man if she lost, Mrs. Kidwelly said, "I will support whoever keeps the windows open, and I do not see either of them reaching for a window".

Mrs. Vesey said the league would hold no second forum "unless all three candidates ask for one in writing".

The Kettlebury Democratic Committee said in a statement today that its candidate had "answered every charge and made none he could not prove". The Republican City Committee said it would publish Saltonstall's council attendance record on Monday.

The election is Nov. 7.
'''

T["crw09-ormerod-hospital-strike.txt"] = '''
Ormerod Hospital strike enters third day

Kitchen workers, orderlies and laundry women at Ormerod Memorial Hospital stayed off their jobs for the third day yesterday, and the hospital moved 61 patients to other hospitals and stopped admitting all but emergency cases.

Dr. Neville K. Fettes, the hospital's director, said the hospital could care for its remaining 140 patients "for about a week, with doctors carrying trays and nurses doing the wash". He said 230 of the hospital's 310 non-professional employes were out.

The strike was called by Local 302 of the Hospital Workers and Orderlies Union, which is asking recognition as bargaining agent and a minimum wage of $1 an hour. Most of the strikers now earn 70 to 85 cents.

Renwick T. Upjohn, the union's organizer, said the hospital had refused for eight months even to meet with the union. "They will meet with us now or they will run a hospital with nobody to run it", he said.

One of the 15 trustees who run the hospital is the organizer's older brother, Swithin Upjohn, a Rushmere insurance man. He said the board would not recognize a union at a charity hospital "now or ever, and my brother knew that when he started this".

Renwick Upjohn answered him at a union meeting in the Labor Temple last night. "My brother sells insurance. He has never carried a bedpan in his life", he said.

The chairman of the board of trustees, Urian P. Jolliffe, said in a statement that the hospital lost $212,000 last year and "cannot pay a dollar an hour unless the county pays part of it". He said the trustees would ask the County Board of Supervisors for help at its meeting Tuesday.

"I love my brother. I do not love his union", Swithin Upjohn said when he left the trustees' meeting at 11 p.m.

Mrs. Zillah Cobden, who has worked in the hospital kitchen for 17 years, walked the picket line in the rain with her daughter, Miss Rhoda Cobden, a laundry worker.

"I make 74 cents an hour and I have cooked for three directors", the mother said. "Not one of them ever ate what we eat.

"My girl makes 70 cents. Between us we bring home less than the man who drives the director's car".

Her daughter said the laundry had no fans and the temperature in it reached 110 degrees "every day from June to September".

Dr. Denzil R. Gotobed, president of the medical staff, said the doctors were "neutral about the union and not neutral at all about the patients". He said they had voted to ask both sides to agree to arbitration.

Asked whether the union would accept arbitration, Renwick Upjohn replied that it would "if the arbitrator can tell a dishwasher from a trustee".

Fettes said the hospital would not arbitrate the question of recognition. "You do not arbitrate whether a hospital can be run by its own board", he said.

Ashbel M. Tomkinson, chairman of the County Board of Supervisors, said the county could not help the hospital this year "without raising every tax bill in the county".

The union said in a handbill passed out at the hospital gates that the strikers would let any employe through "to take care of a patient who is really sick".

The hospital said 38 nurses and 22 volunteers from the Ormerod Auxiliary were working double shifts.
'''

T["crw10-hollinshead-budget-fight.txt"] = '''
Council fights over budget past midnight

The Hollinshead City Council argued over Mayor Asa K. Leffingwell's $14.2 million budget until 1 a.m. today and then voted 5 to 4 to cut it by $310,000, most of it from the police department.

The mayor said he would veto the cut before the week was out. "They have cut 18 policemen out of this budget and left every one of their own pet projects in it", he said in his office after the vote. "The veto will be on the clerk's desk by noon".

Councilman Gaius R. Tupper, chairman of the finance committee, offered the cut. He said the city could not raise the tax rate a third year in a row, the police department had grown faster than any other since 1956 and the 18 new men could wait a year.

Comptroller Olin B. Stoddard told the council the budget as submitted would require a tax rate of $48.60 on $1,000 of assessed value, up $2.10. He said the cut would bring the increase down to $1.45.

Councilman Sanford J. Raynor, who voted against the cut, said the finance committee had "taken the policemen off the streets and left the parking meters on them". He said the committee had spared $90,000 for a new municipal golf course in Tupper's own ward.

"The golf course was voted two years ago, and the councilman voted for it", Tupper broke in.

"I voted for a golf course. I did not vote to pay for it with policemen", Raynor answered.

Councilman Orrick P. Colby, the council president, called for order twice. He said the council would stay in session "until we have a budget, if it takes till Christmas".

Police Chief Elbert M. Vinton, who sat through the meeting in uniform, said the department was 23 men short of the number recommended by the International Association of Chiefs of Police. "If the cut stands, I will have to take men off the night patrols on the north side", he said.

Stoddard, asked whether the city could borrow to keep the policemen, replied that the charter forbade borrowing for running expenses, "and a policeman is a running expense if anything is".

"The chief has been 23 men short for ten years. He will be 23 men short when he retires", said Mrs. Electa Upham, who represents the Fourth Ward and voted for the cut.

Tupper met with the mayor and Colby for 40 minutes before the vote. He told reporters the mayor had offered to cut the golf course if the council restored half the police money, and that he had refused.

Leffingwell said that was "half of the truth, and the smaller half". He said he had offered to drop the golf course and the new City Hall annex both.

The council needs six votes to override a veto. Raynor said the mayor "has his four votes and he will keep them".

The Hollinshead Property Owners Association said in a letter read to the council at the start of the meeting that the tax rate had risen 31 per cent in six years and had driven "three of the city's last five factories" out of Hollinshead.

Mrs. Upham said she would vote to override the veto "and so will every member who voted for the cut tonight".

The council meets again Monday night to take up the water department budget.
'''

T["crw11-state-basketball-final.txt"] = '''
Thistleton wins state title on last shot

Elkin Izzard, a 6-foot-1 junior whom his teammates call "Dozy" because he yawns before every game, dropped in a jump shot from the corner with two seconds to play last night, and Thistleton beat Nunthorpe Central 61 to 60 for the state high school basketball championship before 8,400 at the Brackley Field House.

It was Thistleton's first state title in 41 years of trying, and the first for a school of fewer than 400 pupils since 1948. Nunthorpe had won two of the last three.

"I did not think about it. If I had thought about it I would have missed", Izzard said in the dressing room, with his teammates pouring water on his head.

Coach Harlow B. Nettlefold of Thistleton said the play had been drawn up for his center, Ives Rudgwick, who was covered, and that Izzard was "the second choice, but not by much".

"We worked on that play every day since November. We never once ran it in a game until tonight", the coach said.

Nunthorpe is coached by Seth M. Lowery, whose son, Darrow Lowery, is the team's captain. The son scored 24 points, 11 of them in the fourth quarter.

"The boy played the best game of his life and we lost. That is basketball", the Nunthorpe coach said. "I would rather lose with him than win with anybody else.

"He will have a scholarship offer from every college in the state by Monday, and I will have to find a new captain".

Darrow Lowery sat on the bench with a towel over his head for ten minutes after the game. He said the last shot was his fault because he had left Izzard to help on Rudgwick, "and you do not leave a shooter like that in the corner".

"My father will tell me about it on the way home. He already has", he said.

The Thistleton center, Rudgwick, said he had not minded being the decoy. "Everybody in the building was watching me. That was the idea", he said.

Izzard's father, Zeb Izzard, who works the night shift at the Thistleton woolen mill, had traded shifts to see the game. "I told him in the car this morning he would win it for them. I did not tell him how", the father said.

"We had them. We had them by five and we let them go", said Orlo Bunyard, the Nunthorpe center, who scored 14 points and fouled out with four minutes to play.

Coach Lowery said he had no complaint about the officials. "They called it the same at both ends all night", he said.

Nettlefold and Lowery shook hands at mid-court. Nettlefold said later he had told the Nunthorpe coach "the better team lost, and I will say so in print".

Nunthorpe led 58 to 53 with two minutes left. A Nunthorpe guard, Emery Dangerfield, said the team had "played not to lose, and that is the way to lose".

The Thistleton principal, Dr. Juliana Aldred, met the team bus at the school at midnight. She said classes would begin an hour late today "so that nobody has an excuse to miss them".

Mayor Elden P. Haythornthwaite of Thistleton, who sat behind the Thistleton bench with his hat in his lap, said the town would hold a parade for the team on Saturday "and every store on Main Street will close for it".

The State High School Athletic Association said the crowd was the largest ever to see a high school game in the state.
'''

T["crw12-cloud-seeding-dispute.txt"] = '''
Scientists clash over rain-making results

Two teams of scientists who studied the same five years of cloud seeding over the Garbrand Valley, or "rain-making" as the valley's farmers call it, reached opposite conclusions and defended them for three hours yesterday before the annual meeting of the Western Society of Atmospheric Physicists in Pollardstown.

Dr. Olin T. Quartermain of the Quenington Institute of Technology, whose paper was titled "Silver Iodide and the Spring Rains: A Five-Year Record", said seeding had raised the valley's rainfall by 14 per cent in the months of March, April and May.

"The rain fell. It fell where we seeded and it did not fall where we did not. I do not know what more a man can ask", he said.

Dr. Radcliffe J. Purefoy of Oakhanger University and his wife, Dr. Theodosia Purefoy, a statistician, studied the same records for the Weather Bureau. Dr. Radcliffe Purefoy said the 14 per cent was "well inside what the valley gets by luck in any five years".

His wife said the seeded storms had been picked after the fact. "Dr. Quartermain counted the storms that rained and called them seeded. He did not count the ones that did not", she said.

"That is not true, and Mrs. Purefoy has had my data since June to find out it is not true", Dr. Quartermain cut in from the floor.

The chairman of the session, Dr. Oswald F. Winstanley, president of the society, asked both sides to hold their questions until the papers had been read. He said afterward the society had not had "so lively a morning since the fight over fluorides in 1953".

Dr. Lionel K. Bagshawe, chief of research of the Weather Bureau, said the bureau took no side in the dispute between the two teams. He said, however, that no cloud-seeding result yet reported had held up when the same test was run again "by somebody who did not want it to work".

Asked whether the bureau would pay for a new test, Dr. Bagshawe replied, "If Congress will. We have asked twice".

Lorin J. Stallard, manager of the Garbrand Valley Irrigation District, which paid $48,000 a year for the seeding, sat through the session. He said the district's directors would vote next month whether to renew the contract.

"The farmers do not care whose statistics are right. They care whether it rains on the alfalfa", he said. "Right now they think it does, and they are paying for it".

Dr. Quartermain lunched with Dr. Radcliffe Purefoy afterward. He said later that he respected the Purefoys' work and "would trust their arithmetic with my life, but not their choice of storms".

"We have been arguing about the same five years of rain since 1957. What we need is five more years and a referee", said Dr. Verlin Sprackling of the Skelwith Agricultural Experiment Station, who read neither paper but asked most of the questions.

The society said in a resolution adopted at its business meeting that the Federal Government should pay for "a fair test, fairly run, by people with nothing to win or lose".

Dr. Theodosia Purefoy said she and her husband would ask to run the analysis again "with Dr. Quartermain in the room, if he likes".
'''
