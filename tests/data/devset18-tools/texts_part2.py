# Hand-written article texts for devset18, part 2 (soc07-soc12). The business pages of 1961:
# an annual stockholders' meeting, quarterly earnings (with a second company's dividend), a
# retail sales report, a new plant announcement, a bank's year-end statement (with a savings
# association's dividend) and a labor contract at a dairy (with a bakery's talks).
T = {}

T["soc07-orwin-paper-stockholders.txt"] = '''
Orwin Paper stockholders told of record year

The president of the Orwin Paper Co., Edwy D. Mellor, told stockholders at the annual meeting yesterday that the company's sales this year would pass $60,000,000 for the first time in its history.

Mellor said the new coating mill at Dunholt would begin production in March, two months ahead of schedule. "It is the largest single investment this company has made in its 70 years, and it is paid for", he said.

The company said in its annual report, mailed to stockholders last week, that net income for 1960 was $3,840,000, or $2.41 a share, against $3,210,000, or $2.02 a share, in 1959. It said lower prices for newsprint had been more than made up by higher sales of coated book paper.

The annual report said the company had spent $8,200,000 on new plant and equipment in 1960, most of it at Dunholt.

About 340 stockholders attended the meeting in the company's auditorium. One stockholder asked why the dividend had not been raised. Mellor replied that the company needed its earnings for the Dunholt mill "and for the mill after that one".

The chairman of the board, Wymond B. Hindmarsh, 74, who presided, said the board would take up the dividend at its June meeting. He added that he was "not in favor of starving the stockholders to feed the machines".

Mrs. Hesper Outhwaite, who said she had held 400 shares since her father's death in 1938, rose to thank the management. She said the company had "never once missed a dividend in 23 years, which is more than I can say for my brother-in-law".

Her son, Gerwin Outhwaite, who came with her, said he had bought 100 shares of his own in June. "Mother told me to, and Mother has been right about this company for 23 years", he said.

The vice president for sales, Sandys Fearnside, told stockholders that orders for coated paper were running 30 per cent above last year. "The magazines are getting fatter, and every page of them is ours if we want it", Fearnside said.

He said the company had opened sales offices in Chicago and Atlanta during the year.

Fearnside said the company's share of the market for coated paper had risen from 7 to 9 per cent in two years.

Mellor said the company was studying a pulp mill in the South but had made no decision.

"We will not build in the South because it is fashionable. We will build there if the wood is there", he said. "We have looked at three sites in Georgia and one in Alabama.

"None of them has the wood yet, and one of them has no water at all".

Asked about imports of Scandinavian paper, the president said they had taken "perhaps two per cent of our market, and not the best two per cent".

Another stockholder asked whether the company would split its stock. Hindmarsh replied that the board had no such plan "this year, or next year, so far as I know".

Stockholders re-elected the nine directors. The board of directors later announced that the regular quarterly dividend of 40 cents a share would be paid Dec. 15 to stockholders of record Nov. 24.

Hindmarsh said after the meeting that he would retire as chairman at the end of next year. "Fifty-one years with one company is long enough for any man, and too long for most", he said.
'''

T["soc08-cantlow-tool-earnings-orrell.txt"] = '''
Cantlow Tool earnings rise 22 per cent

Cantlow Tool Corp. earned $1,126,000, or 88 cents a share, in the third quarter, up 22 per cent from a year earlier, the company reported yesterday.

Sales for the quarter were $14,300,000, against $12,050,000 in the third quarter of 1960, according to the company. For nine months, the company said, net income was $2,980,000, or $2.33 a share.

The president, Ughtred R. Sugden, said the gain had come mostly from orders for machine tools from the automobile industry. "Detroit has come back faster than anybody expected this spring, and we were ready for it", he said.

Sugden said orders on hand at the end of September were the largest since 1956, and that fourth-quarter earnings would be "at least as good and probably better".

Kenway Jagger, vice president for sales, said the company had shipped its first automatic boring machines to a German customer in August. "The Germans build good machines. When they buy ours, it means something", he said.

He said export sales would reach $6,000,000 this year, against $2,500,000 in 1960.

Jagger added that a line of smaller machines for job shops would be shown at the machine tool exposition in Chicago next September.

A spokesman for the company said no decision had been made on the dividend, now 30 cents a quarter.

Sugden said the company would add 200 men at its Vexford Street plant by the end of the year. He said a strike at a steel supplier in July had cost the company about $400,000 in sales "that we will never get back".

"We lost three weeks of shipments waiting for bar steel. We will not be caught that way again", Sugden said. He said the company now bought steel from three suppliers instead of one.

Orrell Mills omits dividend

The board of directors of the Orrell Mills Co. announced yesterday that it would omit the quarterly dividend of 25 cents a share, the first dividend the textile company has missed since 1938.

The company said its loss for the first nine months of the year was $610,000, against a profit of $1,020,000 for the same months of 1960. It blamed imports of cotton cloth from Japan and Hong Kong, which it said had cut its prices by 9 per cent since January.

Its president, Fergal Cottle, said the company would close its oldest mill, at Sallow Bridge, on Dec. 31. The mill employs 340 persons.

"This is the hardest thing I have done in 30 years with this company", Cottle said. "Some of those people worked for my father".

Cottle said the company had spent $4,000,000 since 1950 to modernize its mills. "We did everything a company can do, and it was not enough against cloth made at 14 cents an hour", he said.

He said 150 of the workers would be offered jobs at the company's two other mills. Cottle said he would go to Washington next month with a committee of the textile industry to ask for quotas on imported cloth.

A spokesman for Local 17 of the United Loom Workers, which represents the Sallow Bridge workers, said the union had not been told of the closing before the announcement. "We read it in the paper like everybody else", he said.

The company said the closing would save about $500,000 a year.
'''

T["soc09-christmas-retail-sales.txt"] = '''
Stores report best Christmas start since 1956

Downtown stores had their best first week of Christmas shopping since 1956, merchants said yesterday, and the city's largest department store said its sales for the week were 11 per cent above last year.

The weekly report of the Federal Reserve Bank showed department store sales in the district 6 per cent ahead of the same week of 1960.

Brice T. Priestley, president of the Brackett & Tonkinson Co., the city's largest department store, said the store had sold more toys in six days than in the first two weeks of last December. "People have decided the recession is over, and they are spending like it", he said.

Priestley said electric appliances and men's clothing were selling best. He said furs and jewelry were "no better than last year and no worse".

The store's vice president for merchandising, Jennet Umpleby, said the store had hired 380 extra clerks for the season, 60 more than last year. "We could use another hundred if we could find them", she said. "The girls would rather work in the new shopping center, where they can park".

The Thistleford Retail Board said in its weekly letter to members that sales of 31 downtown stores had risen 8 per cent. The gain was the first for the downtown stores in 14 months, according to the board.

The board said men's stores and shoe stores had done best, with gains of 14 and 12 per cent. It said the only loss was in furniture, which was down 3 per cent from last year.

The board's executive secretary, Idris M. Whiteoak, said the city's decision to close Cordwainer Street to traffic on Saturdays had helped. "The shoppers came on foot and stayed on foot, and they stayed longer", he said.

He said the board would ask the city to close the street again on the two Saturdays before Christmas.

Whiteoak conceded that the downtown stores had lost ground to the shopping centers for five years. "One good week does not make a good year, and we know it", he said.

At the Kestrelby Shopping Center, two miles east of the city line, the manager, Yorke Lethbridge, said sales of the center's 24 stores were 19 per cent above last year. He said the center's lot, with 2,200 places, had been full by 11 o'clock Saturday morning.

"Half the people in our lot on Saturday used to shop downtown. Now they shop here and drive downtown for the movies", Lethbridge said.

One shopper, who carried three packages and a sled, said she had spent more than she meant to. Another said the downtown stores were too crowded to get near a counter.

Priestley said he expected the season to end "comfortably ahead" of 1960. He added that the store had reordered toys twice since Thanksgiving.

"We ordered light last summer, because we thought the year would be poor. That was a mistake, and I made it", Priestley said.

He said the store would not reorder again. "What is on the shelves now is what there will be, and after the 20th the shelves will be thin", he said.

Mrs. Umpleby said the toy department would stay open until 9 p.m. every night until Christmas.
'''

T["soc10-tresilian-plastics-plant.txt"] = '''
Plastics firm to build $3 million plant

The Tresilian Plastics Corp. will build a $3,000,000 plant on a 40-acre tract north of Dunholt, the company announced yesterday. The plant will make polyethylene film and bottles and will employ 350 persons when it is in full production in 1963.

The company said construction would begin in April, as soon as the ground can be graded. It said the plant would be the company's fourth and its largest.

Iver N. Cakebread, president of Tresilian, said the company had looked at 30 sites in four states before choosing Dunholt. "We came here because of the water, the railroad and the people, in that order, and I am not sure about the order", he said.

The tract was bought from the Kibworth Realty Co., which has held it since 1952. The company said it had sold the land for $160,000 and had turned down two offers from builders of houses.

Kibworth's president, Colyer Dimbleby, said he had held out for an industry. "Houses bring children and a tax bill. A plant brings payrolls", he said.

Cakebread said the company would hire most of its workers in the Dunholt area and train them at the plant. He said the company paid "the going wage and a little better".

Asked whether the plant might later be enlarged, Cakebread replied that the tract had been chosen "with room for two more buildings the size of this one".

The company's vice president for production, Perrin Heap, said the machinery would come from the company's Newark plant and from a builder in Germany. He said the first line would be running by Christmas of next year.

Mayor Hadlow Pinchbeck of Dunholt said the plant would add $45,000 a year to the town's tax receipts. "This is the best news this town has had since the railroad came through", the mayor said.

The mayor said the town council would be asked to extend the water main a mile and a half to the tract. He said the work would cost about $70,000 "and the plant will pay it back in two years of taxes".

The executive director of the Dunholt Chamber of Commerce, Benning Frayne, said the chamber had been talking to Tresilian since January. He said the company had asked that nothing be said until the land was bought.

"We had to keep our mouths shut for ten months. In this town that is some kind of record", Frayne said.

He said three other companies were looking at land around Dunholt, and that one of them had asked about the same tract.

The plant will use 800,000 gallons of water a day from the Quillet River, according to Tresilian. The company said it would build its own treatment works so that nothing would go back into the river that "a trout would object to".

The town's water superintendent, Orde Whitlam, said the river could supply the plant without strain. He said the town's own wells would not be affected.

Tresilian, with headquarters in Newark, N.J., had sales of $21,000,000 last year. Cakebread said the company expected sales of $26,000,000 this year.

Kibworth, a Dunholt firm, still owns 600 acres along the Quillet. Dimbleby said the company would offer another 80 acres next to the Tresilian tract for industry only.
'''

T["soc11-thistleford-bank-year-end.txt"] = '''
Thistleford National deposits reach record

Deposits of the Thistleford National Bank reached a record $84,600,000 at the year's end, up from $77,900,000 a year earlier, the bank's statement of condition showed yesterday.

The statement showed loans of $41,200,000, against $36,800,000, and holdings of U.S. Government securities of $28,300,000. Capital, surplus and undivided profits rose to $7,900,000.

The president, Verney Ullathorne, said in a letter to stockholders that the bank's net operating earnings for 1961 were $1,310,000, or $4.37 a share, against $1,180,000, or $3.93 a share, in 1960.

He said the growth had come chiefly from savings accounts, which rose by $4,100,000. "People in this county saved more in 1961 than in any year since the war, and a good part of it came to us", he wrote.

Ullathorne told reporters that loan demand had been "slow in the spring and brisk in the fall". He said the bank expected to lend more to small manufacturers in 1962 than in any year of its history.

Ullathorne added that the bank had 21,400 depositors, 1,900 more than a year earlier. He said he did not expect the prime rate to change during 1962.

The bank said it would open a branch in the Kestrelby Shopping Center in March, its fifth. It said the branch would have four drive-in windows.

A spokesman for the bank said the directors had voted a year-end extra dividend of 50 cents a share in addition to the regular quarterly dividend of 60 cents.

The executive vice president, Gethin Beddoes, said the bank's mortgage loans had risen by $2,000,000. "The houses going up on the east side are being paid for with Thistleford money, and that is the way it ought to be", he said.

Savings association raises dividend

The Holmcroft Savings and Loan Association will pay dividends at the rate of 4 per cent a year on savings accounts beginning Jan. 1, up from 3 3/4 per cent, its president, Mrs. Adela Birtwhistle, announced yesterday.

Mrs. Birtwhistle, who succeeded her late husband as president in 1957, said the association's assets had passed $30,000,000 for the first time. She said the association had made 740 home loans in 1961.

"The savings and loan business was built on the small saver, and we mean to pay the small saver every cent we can", she said.

She said the association's reserves stood at 8.2 per cent of savings, "well above what the law requires and well above what my husband would have thought safe".

The association's statement showed savings accounts of $26,400,000 and mortgage loans of $27,100,000.

Mrs. Birtwhistle's son, Hamer Birtwhistle, the association's treasurer, said the increase would cost the association about $65,000 a year. He said the association could afford it "because our losses on loans were $1,800 for the whole year".

The association also announced that it would open on Saturday mornings beginning in February.

Mrs. Birtwhistle said the Saturday hours had been her son's idea. "He says working people cannot come to a bank that closes when they do, and he is right", she said.
'''

T["soc12-callowhill-dairy-contract.txt"] = '''
Dairy workers accept new contract

Route drivers and plant workers of the Callowhill Dairy Co. voted 212 to 31 last night to accept a two-year contract that will raise their pay 16 cents an hour and end a threat of a strike against the city's largest dairy.

Local 561 of the United Dairy and Creamery Workers said in a statement after the vote that the contract was "the best any dairy local in the state has won this year". The union said the drivers would also get a third week of vacation after ten years.

The local's president, Jago Waddington, said the members had been ready to strike at midnight Sunday. "We had the picket signs painted and in the hall. I am glad we did not have to carry them", he said.

He said the union had given up its demand for a 35-hour week. "We will be back for it in two years", Waddington said.

He said the vote had been taken by secret ballot in the union hall on Sowden Street and counted by two members of each side. The union said the new pension of $90 a month at 65 would begin in July.

The company said the contract would add about $190,000 a year to its costs. It said milk prices to homes and stores would not be raised "at this time".

Its vice president for labor relations, Dunham Frobisher, said the company had made its final offer Saturday afternoon. He said the two sides had met for 19 hours over the weekend.

"Nobody slept much. I think the coffee settled it as much as anybody did", Frobisher said.

The federal mediator, Aneurin Eggleston, who sat in on the last three meetings, said both sides had bargained "hard, but in good faith, which is not always the case". He said the dairy's contract would probably set the pattern for the other three dairies in the city.

One driver said after the vote that he had voted no because the pension was too small.

The contract covers 268 drivers, bottlers and platform men. The company said deliveries would go on as usual this morning.

The company's president, Tegid Ramsbottom, said later that he was glad the dairy's customers would not go without milk. "Forty years of delivering to the door is worth something, and I did not want to lose it in one week", he said.

Bakery talks recessed

Negotiators for the Tullworth Baking Co. and Local 88 of the Bakery Drivers and Helpers Union recessed their talks last night without agreement. They will meet again Thursday.

The union said the company had offered 7 cents an hour, against the union's demand for 20 cents. Its business agent, Morland Sugg, said the drivers would not "work two more years for the price of a cup of coffee".

The company said in a statement that its costs of flour and shortening had risen 11 per cent in a year. A spokesman for the company said the offer was "as far as we can go and still sell a loaf of bread".

Sugg said the union had set no strike date. "We will talk as long as they will, and a little longer", he said.

Eggleston said he had been asked to sit in on the bakery talks Thursday. He said he was "not without hope, and not with a great deal of it either".

The present contract expires Nov. 30.
'''
