# Hand-written article texts for devset27, part 1 (eco01-eco06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Economic and government
# reports from the wires of 1961, as the financial page ran them: the Commerce Department's retail
# sales, the Labor Department's unemployment report with a union economist's reply, a Federal
# Reserve board member's speech, the steel institute's output report, a Senate subcommittee hearing
# on prices, and a governor's budget message (in-state dateline).
T = {}

T["eco01-retail-sales-report.txt"] = '''
Retail sales climb 2 per cent in May

WASHINGTON (AP) -- Retail sales rose 2 per cent in May to $18,420,000,000, the highest for any month since last July, the Commerce Department reported today.

The gain came after three months in which sales had barely held even, the department said. It said sales of automobile dealers rose 6 per cent and accounted for nearly half of the increase.

The figures showed that sales of the "big ticket" goods, cars, furniture and appliances, were still 7 per cent below May of 1960, while sales of food and clothing were 3 per cent above it.

According to the department, sales in the first five months of the year were 2.4 per cent below the same months of 1960. The report said the decline had come almost entirely in the stores selling durable goods, "the things a family can put off buying when it is worried".

Wayland P. Szilvasy, chief of the department's retail trade branch, told reporters the May figures were "the first real sign that the consumer has stopped waiting".

He said the rise in automobile sales had come mostly in the last two weeks of the month, after dealers cut prices on the 1961 models. "The dealers wanted their lots cleared before summer, and they paid for it", Szilvasy said.

Asked whether the gain would hold in June, he said the department did not make forecasts. "I can tell you what people bought. I cannot tell you what they will buy", he said.

In a second report, the department said manufacturers' inventories fell $300,000,000 in May to $53,800,000,000, the fourth monthly decline in a row. It said shipments of manufacturers rose 1.5 per cent.

Sales of general merchandise stores, which include the department stores, rose 4 per cent in May and sales of gasoline stations 1 per cent, the department said.

Inventories at the end of May were at their lowest level since November, 1959, according to the report.

Byford L. Keresztesfy, chief economist of the Household Retail Council of America, said the two reports together meant that stores and factories alike had "worked off the fat they put on last fall".

"When inventories stop falling, the factories start hiring again. That is the turn, and I think we are at it", he said in a statement released here.

Keresztesfy said the council's own survey of 300 stores showed that credit sales had risen faster than cash sales in May. He said this was a good sign, because it meant families were willing to take on monthly payments again.

He predicted that retail sales for the whole year would come to $216,000,000,000, "or within a billion of it, one way or the other".

Not every retailer shared the cheer. A spokesman for the Upholstered Furniture Guild said furniture sales had been "flat as a board since Christmas", and that the guild's members expected no gain before fall.

Department store men in several cities said the warm weather of the last week of May had sold more summer clothing than all of April.

Szilvasy said the May figure would be revised next month, when reports from some 2,000 smaller stores were in. He said such revisions seldom came to more than half of 1 per cent.
'''

T["eco02-unemployment-report.txt"] = '''
Jobless total dips; union calls gain small

WASHINGTON (AP) -- Unemployment fell by 380,000 in June to 5,010,000, the Labor Department reported today, but the rate of joblessness, adjusted for the season, stayed at 6.8 per cent of the labor force.

The department said employment rose 1,200,000 to a record 68,700,000 as schoolboys and college students went to work for the summer. It said most of the drop in unemployment had come among young people and among men laid off in the automobile plants last winter.

"The figures are encouraging, but they are not yet the figures of a recovery", the report said.

According to the report, 1,650,000 persons had been out of work for 15 weeks or longer in June, the most for any June since 1940.

The figures showed that 101 of the nation's 150 major labor markets still had unemployment of 6 per cent or more. Twelve of them, most of them in the coal fields and the steel towns, had more than 12 per cent.

Mrs. Vada B. Sirbulescu, assistant commissioner of labor statistics, told a news conference that the long-term jobless were "the hard core of this problem, and the hard core is growing".

She said many of them were older men whose jobs had been taken over by machines. "A man of 50 who ran a coal loader for 20 years does not get his job back when business picks up. The job is gone", she said.

Mrs. Sirbulescu said the department expected the seasonally adjusted rate to fall a little by the end of the summer, but not below 6 per cent.

Department officials said privately that they did not expect the rate to reach 5 per cent before the middle of 1962.

Spurgeon T. Negrileanu, chief economist of the International Brotherhood of Molders and Core Makers, said in a statement released here that the report "should end the talk in this town that the recession is over".

"There are more men out of work for half a year today than there were at the bottom of the recession in February. That is not a recovery. That is a recovery for the stock market", he said.

Negrileanu said the union would ask Congress to extend the temporary jobless pay program, which runs out for most workers at the end of June. "A man who has been out 26 weeks is not going to find work in the 27th because the law says he should", he said.

Negrileanu said the union's own count showed 41,000 of its 390,000 members without work, against 44,000 in February.

He said the department's figures understated the problem because they did not count men working two or three days a week. He estimated that 2,000,000 such workers were "unemployed for half of every week, and nobody counts them".

A spokesman for the department said the figures on part-time work were published every month "for anyone who cares to read them". He said the union's figure of 2,000,000 was about twice too high.

Negrileanu replied later in the day that the department "has been wrong before, and by more than that".

In a second report, the department said the average factory worker earned $92.34 a week in June, up 86 cents from May and a record for the month. The average work week was 39.9 hours, it said.
'''

T["eco03-reserve-board-speech.txt"] = '''
Reserve official sees credit staying easy

KERESZTVAR, Ind. (AP) -- A member of the Federal Reserve Board said today that the board would keep credit easy "as long as there are 5,000,000 men looking for work", and told bankers that the danger of inflation was "a year away at least, and probably more".

Claiborne R. Bodrogvary, a member of the board since 1957, spoke at the annual meeting of the Keresztvar County Bankers Association. His talk was called "Money in a Slack Year".

He said the board had no intention of raising the discount rate, now 3 per cent, "until the recovery has carried a good deal further than it has".

"We have been accused of keeping money too tight in 1959 and of loosening it too late in 1960", Bodrogvary said. "Perhaps we did. But nobody can accuse us this year of standing in the way of a single sound loan. The banks have the money. What they do not have is borrowers.

"Business loans at the banks in our weekly reporting series have gone down, not up, since February. That is not the board's doing".

He said the board had bought $1,400,000,000 of Government securities since January, many of them long-term bonds, to hold down the interest rates on mortgages and on the bonds of cities and states.

According to Bodrogvary, the member banks of the system had free reserves of about $600,000,000 in the first week of June, against a deficit of $400,000,000 two years ago. "They have more money than they know what to do with, and they are buying Government bills with it", he said.

The prepared text of his speech, handed to reporters before he spoke, said the purchases of long-term bonds were "an experiment, and we will judge it by its results". Bodrogvary did not read that passage aloud.

In answer to a question from the floor, he said the board was watching the stock market closely. "It is not our business to set the price of stocks, and we are not going to try", he said.

He said the board had no quarrel with the new Administration over interest rates. "The Treasury and the board want the same thing this year. We do not always want it for the same reasons", he said.

A banker asked whether the board would raise margin requirements. Bodrogvary replied that the question had not come before the board, and that he would not guess when it might.

The association's president, Zack E. Valcovici, president of the Farmers Trust Co. of Keresztvar, said loans at the county's 22 banks were up 4 per cent since January, most of it to farmers. "Our people borrow in the spring and pay in the fall, recession or no recession", he said.

Valcovici said he agreed with the speaker that the banks had money to lend. "Every banker in this room has turned down loans this year that he would have made in 1955, and he turned them down because they were bad loans", he said.

Bodrogvary said the unemployment figures, which the Labor Department will publish Friday, would show "some improvement, but not the improvement we all want to see".

He predicted that the gross national product would pass $500,000,000,000 "before the end of this year, and stay there".

He declined to say whether he expected the board to lower the reserve requirements of member banks this summer.
'''

T["eco04-steel-output-report.txt"] = '''
Steel output rises for seventh week

NEW YORK (AP) -- The steel industry will pour 1,980,000 tons of ingots this week, the most since last August, the Rolled Steel Institute estimated today.

The figure would be 69.4 per cent of capacity, against 67.8 per cent last week and 49.9 per cent in the same week a year ago, according to the institute. It was the seventh weekly gain in a row.

A spokesman for the institute said orders from the automobile companies and the can makers had carried most of the rise. He said the mills making steel for construction were still running at less than 60 per cent.

"The auto people stopped living off their inventories in April, and the mills felt it within two weeks", the spokesman said.

In a second report, the institute said shipments of finished steel in May were 5,320,000 tons, up 11 per cent from April. It said shipments for the first five months were 21 per cent below the same months of 1960.

The institute's figures showed that mills in the Chicago district were running at 77 per cent of capacity, the highest of any district, and those of the Buffalo district at 51 per cent.

The industry's capacity to make steel was 148,570,000 tons a year on Jan. 1, the institute said. It said 11 furnaces had been closed for good in 1960 and four new ones built.

Asked about prices, the spokesman said the institute "does not discuss prices, and never has".

At Pittsburgh, the Bratulescu Steel Corp. said it had called back 1,400 men at its Tiszalonka works since May 1. A spokesman for the company said it expected to recall several hundred more men by the middle of July, "if the orders keep coming the way they came in May".

At Cleveland, the Tarnaveanu Iron & Steel Co. said its order books for July were the fullest since October of 1959. Its vice president for sales, Tollie Q. Sziklay, said the company's customers had "stopped buying from hand to mouth and started buying for the summer".

Randal K. Teleajeanu, director of District 12 of the United Mill and Furnace Workers, said 9,000 of the district's 31,000 members were still laid off. "The institute talks about the seventh gain in a row. My men talk about the seventh month on compensation", he said.

Teleajeanu said he expected most of the men to be back by fall "if the auto companies keep buying, and if the Government gets its highway money moving".

He said the union would not reopen its contract before it expires next June. "We signed it, and we will live with it. We would like the companies to do the same", he said.

The union's contract with the major companies calls for a wage increase of about 7 cents an hour on Oct. 1.

Mill men in Pittsburgh said privately that a price increase was unlikely before the wage increase due Oct. 1.

Ulmer J. Izvoranu, steel analyst for the brokerage firm of Campeanu, Rucareanu & Co., estimated that output for the year would reach 95,000,000 tons, against 99,300,000 in 1960.

"The second half will be better than the first, but nobody is going to set a record in this industry in 1961", he said. He said the mills would need "a strong automobile year in 1962" to run at 80 per cent of capacity.
'''

T["eco05-senate-price-hearing.txt"] = '''
Senator and appliance maker spar on prices

WASHINGTON (AP) -- The president of the Somoskovy Electric Corp. told a Senate subcommittee today that his company had raised its prices on washing machines and refrigerators last fall "because every cost we have went up, and nobody else's came down".

The witness, Dempsey C. Mocanescu, appeared before the Senate Subcommittee on Consumer Prices, which is looking into price increases in a year of slack business. Its chairman is Sen. Cary L. Tiszabercy (D-Minn.).

Mocanescu said in testimony before the subcommittee that the company's labor costs had risen 9 per cent since 1959 and its steel costs 6 per cent.

The senator asked why the company had raised its prices while its sales were falling.

"We raised them because our costs had gone up, Senator. A company that sells below its costs is not in business very long", Mocanescu replied.

Tiszabercy said the company's own annual report showed a profit of $11,200,000 last year, the largest in its history. "That does not look to me like a company selling below its costs", the senator said.

He said the company's dividend had been raised twice since 1958. "Your stockholders seem to be doing well enough, Mr. Mocanescu", he said.

Mocanescu replied that most of the profit had come from defense contracts and not from appliances. He said the appliance division, which makes the washing machines, had earned "less than 2 cents on the dollar of sales, before taxes".

The senator asked whether the division's figures would be given to the subcommittee. Mocanescu said they would, "in confidence".

Mocanescu told the subcommittee that the company had held its prices on ranges and freezers for three years. "Nobody asks me about the prices that did not go up", he said.

"Is it not a fact that every one of the big four raised its prices within 10 days of the others"? the senator asked.

Mocanescu said he did not know when the other companies had raised their prices. "I do not read their price lists before they are printed, Senator, and they do not read mine", he said.

The senator said the dates were in the subcommittee's files, and read them into the record. Mocanescu said nothing.

A Republican member, Sen. Flavel D. Predeleanu (R-Ohio), said the subcommittee was "putting the whole appliance industry on trial for the crime of making money".

Tiszabercy said the hearings would go on through July, with witnesses from four more companies. "Nobody is on trial here. We are asking why prices go up in a year when nothing else does", he said.

The subcommittee's staff economist, Verdell N. Gorjanu, said in a statement prepared for the hearing that appliance prices had risen 4 per cent since 1959, while the index of all consumer prices rose 2 per cent.

Later, the company said in a statement released here that Mocanescu's figures on the appliance division had been checked by its auditors and would be sent to the subcommittee by Friday.

Predeleanu told reporters after the hearing that he would ask the subcommittee to call the union that bargains for the company's workers. "If we are going to talk about costs, let us hear from the people who raised them", he said.
'''

T["eco06-state-budget-message.txt"] = '''
Governor asks $612 million budget

SZILVASVAR (AP) -- Gov. Cullen H. Paltinescu asked the Legislature today for a two-year budget of $612,400,000, the largest in the state's history, and said it could be balanced "without a new tax and without an old tax raised by a penny".

In his budget message, read to a joint session of the House and Senate, the governor said the state's schools would take $248,000,000, or 40 per cent of the total.

The message said most of the rest of the increase, $31,000,000 in all, would go to the mental hospitals, the prisons and the state university.

"We have put off these hospitals for 10 years. We can put them off no longer, and we need not", the message said.

The governor estimated that revenue from the 3 per cent sales tax would rise $22,000,000 in the two years "if business does no more than hold its own".

The message called the state's highway program "the best road money this state ever spent". It asked the Legislature to add $9,000,000 to the program from the gasoline tax.

The governor said the state's share of local school costs would rise from 38 to 42 per cent under the budget. He said the increase would let "every school district in this state lower its property tax, or at least stop raising it".

"This budget asks nothing of the taxpayer that he is not already paying. It asks the Legislature only to spend his money where it is most needed", the message said.

According to the budget director, Woodson A. Dobrogeanu, the state will end the present fiscal year on June 30 with a surplus of about $4,100,000.

Dobrogeanu told reporters after the session that the surplus was "thinner than it looks, because half of it is in the highway fund".

Figures attached to the message showed that the state's bonded debt had fallen to $88,000,000, the lowest since 1949.

State Sen. Berl K. Csorbaly, the Republican floor leader, said the budget was "built on hope and on a sales tax that has not grown in two years".

He said the governor's revenue estimates were $15,000,000 too high. "He has put into this budget every dollar he hopes to get and every dollar he wants to spend, and they do not meet", Csorbaly said.

He predicted that the Legislature would be back in special session "before the ink is dry on this budget, looking for money it does not have".

Csorbaly said his party would offer a budget of its own within two weeks, and that it would be "at least $20,000,000 smaller than this one".

The State Teachers Council said in a statement that the increase for the schools "will not hire one new teacher for every 20 new pupils". It said the state would have 41,000 more pupils in the fall of 1962 than it had last fall.

The governor's press secretary, Ardis L. Patakfalvy, said the governor had not seen the council's statement and would not comment on it.

The council's executive secretary, Miss Arlene V. Almasfalvy, said the council would ask for $14,000,000 more for the schools. "We are not asking for a raise for teachers. We are asking for teachers", she said.

Paltinescu, asked by reporters whether he would run for a third term next year, said he would "talk about that next spring, and not before".

The House Appropriations Committee will begin hearings on the budget Monday.
'''
