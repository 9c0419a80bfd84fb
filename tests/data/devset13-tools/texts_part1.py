# Hand-written article texts for devset13, part 1 (prs01-prs06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Each sample runs two or
# three stories together, as the Brown press samples do; a later headline is a Heading in the key.
T = {}

T["prs01-quenwick-earnings-rabbi.txt"] = '''
Quenwick Valve profits climb in third quarter

Quenwick Valve & Fitting Co. earned $1,840,000, or $1.12 a share, in the third quarter, up from $1,310,000, or 80 cents a share, a year earlier, the company said in its quarterly report yesterday.

Sales rose to $21.6 million from $17.9 million. The company said in its report that pipeline orders had "more than made up for a slack year in home building".

Gamaliel P. Hanbury, president of Quenwick, told the Society of Security Analysts at a luncheon in the Hotel Stanbridge that the company would open a fourth plant, at Colworth, next spring, and that the last quarter would be "the best in our 64 years, unless the steel mills go out again".

"We have not had a quarter like it since Korea", he said. "And Korea, gentlemen, was a war nobody wanted".

Not everyone at the luncheon was persuaded. Cosimo Ashdale, who follows the machinery stocks for Fenwright, Daintree & Co., said the company's backlog was large but its profit margin was "thinner than the president lets on".

"They are buying volume with price cuts", the analyst said. "That works for two quarters, maybe three. Then somebody has to pay for it".

Hanbury met Ashdale in the lobby afterward and shook his hand. He said the price cuts had ended in August and would not be repeated this year.

Quenwick stock closed at 38 1/4 on the American Stock Exchange, up 1 1/8.

Brimsworth Mills, the textile maker, reported a loss of $212,000 for the third quarter, against a profit of $96,000 a year earlier. The company said the loss came from cheap imported cloth and from a five-week strike at its Wrenbury Falls weaving shed.

The directors omitted the quarterly dividend of 15 cents. A spokesman for the company said the board would "look at the dividend again when the looms are running full".

Rabbi asks suburbs to open their doors

A Wexbury rabbi told Christian and Jewish laymen last night that the new suburbs around the city had built "handsome churches and handsome temples and very few open doors".

Rabbi Yehiel M. Feldscher of Temple Ohel Yaakov spoke at the annual dinner of the Wexbury Council of Churches and Synagogues in the parish hall of St. Oswy's Church. Mrs. Merriman V. Tolhurst, chairman of the council, introduced him. She said the dinner had drawn 430 persons, the most since the council was founded in 1947.

"A man moves out of the city to get away from his neighbors, and then he is surprised that he has none", the rabbi told them. "We have given our children lawns instead of streets, and a lawn is a lonely place".

"I do not blame the builders. We asked them for exactly what we got".

Rabbi Feldscher said that in three of the county's new subdivisions a Jewish family could still not buy a house "except through a friend who does not mind being asked". He would not name the subdivisions.

Rabbi Feldscher, who was born in Vilna and came to this country as a boy of 9, said he had lived in four American cities and had been "a stranger in none of them until I moved to the suburbs".

The council voted to study the question and report at its spring meeting, according to Mrs. Tolhurst.
'''

T["prs02-drayford-banks-thornbeck.txt"] = '''
Two Drayford banks agree to merge

The directors of the Drayford National Bank and the Mechanics Savings & Trust Co. agreed yesterday to merge the two institutions, subject to the approval of their stockholders and the Comptroller of the Currency.

The merged bank, to be called the Drayford National Bank & Trust Co., would have deposits of about $312 million and 19 offices in Tallisker County. It would rank second in the state.

Elkanah R. Whitlatch, president of Drayford National, will become chairman of the merged bank, and Sherwin L. Bottomley, president of the trust company, will become its president. Whitlatch, who is 66, has been with Drayford National since he was a runner in 1912.

Whitlatch announced the agreement at a press conference with Bottomley at his side. He said the merger would give the county a bank "big enough to lend to the big ones, and still small enough to know the little ones by name".

"We have been courting for two years", he said. "The trust company finally said yes on Tuesday".

No employe of either bank will lose his job, the president of the trust company added. He said the two head offices, which stand across Pallister Street from each other, would both be kept open.

Stockholders of both banks will vote Nov. 14. Each share of trust company stock would be exchanged for 1.3 shares of the new bank, according to Whitlatch.

A spokesman for the Comptroller of the Currency in Washington said the application had not yet been received and that no merger of its size had been turned down this year.

The Drayford Federal Savings & Loan Association, which is not a party to the merger, raised its dividend rate to 4 per cent a year from 3 3/4, effective Jan. 1. Its president, Hosea T. Marrable, said the increase was "the only answer a savings association has to a bank twice its size". Marrable said the association had 22,000 depositors in the county.

College head sees shortage of teachers

The president of a small Methodist college in the hill country said yesterday that the nation's colleges would need 200,000 new teachers by 1970 and "have not the faintest idea where to find them".

The speaker, Dr. Hilarion H. Cardew, president of Thornbeck College, made the statement in his annual report to the trustees, which was released at the college yesterday. It is his ninth report since he came to Thornbeck from a deanship at Trevethan University.

The report said that Thornbeck had lost four of its 61 teachers to industry in the last year, and that two more had gone to state universities "which can pay a young chemist what a bank pays a vice president".

According to the report, enrollment rose to 1,412 this fall, an increase of 11 per cent, and the college turned away 300 qualified applicants for lack of dormitory rooms.

Dr. Cardew told reporters in his office that he had asked the trustees for a new faculty salary scale, to be paid for by raising tuition $150 a year.

"I would rather lose a student than a teacher", he said. "A student can go somewhere else. A good teacher, once he goes into industry, never comes back.

"We are not asking the trustees for luxuries. We are asking them to keep the lights on in the laboratories".

The trustees will meet Dec. 2.
'''

T["prs03-stocks-zoning-hearing.txt"] = '''
Stocks edge up in a quiet session

Stock prices edged higher yesterday in the slowest trading of the month, as investors waited for the President's budget message.

Volume on the New York Stock Exchange was 2,870,000 shares, against 3,410,000 on Wednesday. Of 1,291 issues traded, 604 rose, 431 fell and 256 were unchanged, according to the exchange.

"The market is waiting for Washington and nobody wants to get out ahead of it", said Alvord R. Mallender, a partner in Pettingale & Rooke. "A week like this one is a rest, not a retreat".

Mallender said the steels and the rails had been bought all day by "the pension funds, who never seem to read the newspapers", while the electronics issues, the favorites of the summer, were sold.

Of the 15 most active issues, nine were higher and five lower. Brokers said much of the selling came from small investors taking profits before the year's end.

Carbury Electronics, the most active issue, fell 2 3/8 to 71 1/2. A company official said its earnings for the year would be "about where the Street thinks they will be", and would not say more.

On the American Stock Exchange, prices were mixed in moderate trading.

Cotton futures closed 15 to 45 cents a bale higher on the New Orleans exchange. Mills were buying steadily all through the session, according to Lycurgus G. Varley, a broker, who said the trade expected "a short crop in Texas and a long winter in the mills".

Residents fight Ockendon Road shopping center

Nearly 200 residents of the Ockendon Road section crowded into the council chamber last night to oppose a zoning change that would allow a shopping center on the old Hoskisson dairy farm.

The Plan Commission heard them for three hours and then put off its decision until Dec. 6. Its chairman, Fabius D. Quillon, said the commission wanted to see a traffic study first.

The developer, Waldron T. Escott, president of the Tenterden Realty Corp., told the commission the center would have 22 stores, a parking lot for 900 cars and a "landscaped buffer" of trees along its north side.

The city's traffic engineer, Cosmo O. Hepplewhite, who was called by the commission, said Ockendon Road now carried 6,400 cars a day and was built for half that many.

"These people will be glad of it in five years", Escott said. "They will walk to the drugstore instead of driving four miles".

Mrs. Aylmer K. Haslam, who has lived on Ockendon Road since 1922, stood up when he sat down. She said the road was already "a racetrack every afternoon at five o'clock" and that the center would make it worse.

"My grandchildren cross that road to get to the Sheffold School", she said. "I would like them to keep on getting there".

"Nobody asked us. We read about it in the paper like everybody else".

A petition with 1,140 names was handed to the commission by Alonzo J. Underhay, president of the Ockendon Road Civic Association. Underhay said his association would take the case to court if the change was granted.

Quillon thanked both sides. He said the commission would hear no more testimony.
'''

T["prs04-harrowfield-pact-opera.txt"] = '''
Harrowfield foundry and union sign pact

The Harrowfield Castings Corp. and the Foundry and Pattern Workers Union signed a three-year contract yesterday, ending a month of talks and lifting the threat of a strike at the company's two plants in Harrowfield.

The contract gives the 1,600 workers a raise of 9 cents an hour now and 7 cents in each of the next two years, the company said in a statement. It also adds a third week of vacation after fifteen years of service. The old contract expired Sept. 30, and the men had worked without one since.

"It is a fair contract and it was reached without anybody walking a picket line", said Everton A. Venning, vice president of the company for industrial relations. "That is the part I am proudest of".

Wenzel J. Wirtanen, president of the union's Local 218, signed for the union with Venning across the table. He said the members would vote on the contract Sunday and that he expected "a big yes, bigger than last time".

A spokesman for the union said the local had given up its demand for a union shop "for now, and only for now".

The company said that the new contract would add about $1.1 million a year to its costs and that no price increase was planned.

Elsewhere, 340 drivers of the Keswin Dairy Co. voted to go back to work Monday after a six-day strike. Their business agent, Ruel W. Fitchett, said the men had voted 298 to 31 to accept and had won "every nickel we went out for, and we did not have to stay out long to get it". The dairy said milk deliveries would be back to normal by Tuesday.

Opera association reports $86,000 deficit

The Marlbury Opera Association ended its 1961 season with a deficit of $86,400, the largest in its 14 years, its treasurer reported last night.

The treasurer, Zadok M. Fairleigh, told the association's annual meeting that ticket sales had fallen 18 per cent, chiefly because of "the weather, the ball games and Puccini, in about that order". The season opened with "Tosca" in a week of rain. He said the association had $31,000 left in its reserve after the deficit was paid.

Mrs. Brantley Cowdray, president of the association's board, said the deficit would be met from the reserve fund and from a special appeal to the association's 900 patrons.

"We will not cut the season and we will not cut the orchestra", she said. "If we have to, we will cut the scenery and sing in front of a curtain".

Mrs. Cowdray, who has been president since 1957, said she had "no intention of presiding over the last season of opera in Marlbury".

The general manager, Vadim Poliakoff, whom the chorus calls "the Margrave" for his way of running rehearsals, came to Marlbury from the Hamburg State Opera in 1959. He said the company would give the first performance in this country of "The Ferryman's Daughter", by the young Danish composer Aksel Rygaard, next April.

"Nobody has heard it, so nobody can stay away because they do not like it", Poliakoff said.

The board announced that the price of the best seats would go from $6.50 to $7.50.
'''

T["prs05-synod-hospital-drive.txt"] = '''
Synod votes to admit women as elders

The Synod of the Upper Wendle of the Presbyterian Church voted 142 to 97 yesterday to allow women to be ordained as ruling elders in its 310 congregations.

The vote came after a debate of more than four hours in the Old Stone Church of Corrindale. Dr. Wulfstan B. Penwarden, the synod's moderator, had told the delegates in his opening sermon that they must "stop asking what the women can do for the church and start asking what the church has done to the women".

"Half the work of every congregation I have ever served was done by women", the moderator said after the vote. "They taught the Sunday schools, they ran the kitchens and they raised the money.

"Then they went home while the men sat down to decide what to do with it.

"I do not think the Lord will hold that against the men. I think He will hold it against the church".

The Rev. Dionysius W. Cattermole, pastor of the First Presbyterian Church of Maybridge, led the opposition. He said the change should wait until the General Assembly had acted on it, and that the synod had "no business running ahead of the whole church".

Cattermole spoke for nearly an hour and was followed by the Rev. Jehiel K. Drumgold, who answered him point by point. He said afterward that he would abide by the vote.

Seven women are already candidates for election as elders this winter, according to the synod's stated clerk.

Hospital drive passes halfway mark

A retired steel executive who heads the building fund of St. Fiacre's Hospital said yesterday that the drive had raised $1,210,000, more than half its goal, in five weeks.

He is Athelstan C. Mossop, former president of the Corrindale Sheet & Tube Co. He spoke at a report luncheon of 300 volunteer workers in the Hotel Belvoir.

"The big gifts are all in and counted", Mossop said. "Now we have to go out and get the five-dollar bills, and that is where every drive in this town has been won or lost".

Sister Bertilla Kilbane, administrator of the hospital, told the volunteers that the hospital had turned away 1,100 patients last year for lack of beds. She said the new wing would add 140 beds and a maternity floor.

"We have had mothers in the corridors", she said.

Mossop said the drive would close Dec. 15, "whether we have the money or not, because after that people are buying Christmas presents".

The largest single gift so far, $150,000, came from the Wendle Valley Foundation, according to Mossop.

St. Osyth's Lutheran Church marks 100 years

St. Osyth's Lutheran Church of Maybridge will observe the 100th anniversary of its founding with a week of services beginning Sunday, its pastor, the Rev. Konrad H. Eschelbach, announced yesterday.

The church was founded in 1861 by 43 German families who worshiped for their first four years in a barn, he said. The barn still stands, on the Ockley road.

"Services were in German until 1918", Eschelbach said. "The war ended that, and a good many other things with it".

A history of the parish, "A Hundred Years at St. Osyth's", written by a retired schoolteacher of the congregation, will be on sale at the church door.
'''

T["prs06-halvergate-trustees-society.txt"] = '''
Halvergate trustees raise tuition $200

The board of trustees of Halvergate University voted yesterday to raise tuition by $200 a year, to $1,250, beginning next September, and to spend most of the increase on faculty salaries.

Dr. Faramond E. Cranmer-Stokes, president of the university, told the trustees at their fall meeting that Halvergate professors were paid "less than the high school teachers in three of the suburbs around us".

"We are training teachers for the very school systems that are hiring ours away", he said.

The chairman of the board, Marmaduke L. Thornycroft, read the resolution. Thornycroft, who graduated from Halvergate in 1911, said the trustees had voted for the increase "with our eyes open and our wallets shut". Thornycroft said later that the board would ask the alumni for $2 million more "to give the increase some company".

Two trustees voted against it. One of them, Rockwell F. Kettridge, a Drayford lawyer, said the university was "pricing itself out of reach of the boys it was founded for".

Cranmer-Stokes answered Kettridge from the head of the table. He said that scholarships would be raised by $90,000 a year and that no student now enrolled would have to leave for lack of money.

The student newspaper, the Halvergate Courant, had printed an editorial on Monday under the headline "Tuition and Tenure", and some 150 students stood outside the meeting in the rain. They carried signs reading "We Are Not Bankers".

The university announced after the meeting that it had received a gift of $500,000 from the estate of Mrs. Keziah Hatherleigh, widow of a Tallisker County lumberman, to build a chapel on the north campus. The gift was the largest in the university's history from a single donor, the university said.

Mrs. Hatherleigh, who died in March, had written in her will that the chapel should be "plain enough for a farmer and large enough for a commencement". Cranmer-Stokes said construction would begin in the spring of 1963.

Miss Mainwaring will wed Lt. Kinnersley

Mr. and Mrs. Garnet W. Mainwaring of Sorrel Terrace announced yesterday the engagement of their daughter, Miss Clemency Mainwaring, to Lt. Torquil N. Kinnersley, USA, son of Col. and Mrs. Lachlan Kinnersley of Fort Quenton.

Miss Mainwaring was graduated last June from Sedgecombe College, where she was president of the dramatic society. Lt. Kinnersley, a graduate of the Military Academy, is stationed at Fort Quenton with the 7th Armored Cavalry.

Mrs. Mainwaring said the wedding would take place in June at the Church of the Holy Comforter, "if the Army is agreeable". She said the couple had met at a dance at West Point, where her daughter went "to keep a roommate company, and came home with a lieutenant".

Lt. Kinnersley's father, Col. Lachlan Kinnersley, said by telephone from Fort Quenton that the family was "delighted, and a little surprised that he found the time".

The bride-elect's grandmother, Mrs. Ebbo Mainwaring, will give a luncheon in her honor Dec. 3 at the Ardenmoor Club.
'''
