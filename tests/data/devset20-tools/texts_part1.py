# Hand-written article texts for devset20, part 1 (fin01-fin06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. The financial, labor and farm
# pages of 1961: a stock market day, a merger of two mills, a Federal Reserve bank president's
# speech on credit, a state tax commissioner's revenue report (wire, in-state dateline), a steel
# wage negotiation (wire) and a strike vote with a federal mediator.
T = {}

T["fin01-stock-market-day.txt"] = '''
Stocks climb in heaviest trading since March

Stock prices moved up yesterday in the heaviest trading since early March, led by the steels and the electronics issues, and brokers said the rise had been "a long time coming".

Volume on the Mirrlesburn Stock Exchange reached 1,240,000 shares, against 960,000 on Tuesday, according to the exchange. Of 612 issues traded, 371 rose and 148 fell.

Ewan T. Balquharrie, a partner in the brokerage house of Strathlowrie & Balquharrie, said the buying had come mostly from pension funds and insurance companies. "The small investor sat on his hands today. It was the big money that moved, and it moved into steel", he said.

He said the steel shares had been bought on reports that mills would be running at 70 per cent of capacity by June. "Nobody believed those reports a month ago", Balquharrie said. "Now everybody does, and that is usually the time to be careful".

Drummellan Steel gained 2 3/8 to 78 1/2, and Corriebrae Iron rose 1 3/4 to 41. Kelthaugh Copper fell 5/8 after the Kelthaugh Copper Co. said its first-quarter earnings had dropped 22 per cent.

"This is not a runaway market, but it is a market that has made up its mind", said Murdo Kettleshaw, director of research for Haggerthwaite, Lumsdaill & Co. He estimated that the industrial average could reach 720 before the end of May.

Kettleshaw said the electronics issues had been bid up to "prices that assume every family will own three television sets", but he said he did not expect them to fall soon.

"The market has been waiting since January for a sign that the recession is over", Kettleshaw said. "It got two of them this week, in steel and in the car sales figures.

"What it has not got yet is a sign that profits will follow, and until it gets one I would not chase anything".

Much of the afternoon buying went into the so-called "glamour" issues, the electronics and office-machine stocks that have led the market since 1958.

One analyst said the rise was "the first honest rally of the spring" and added that he expected some profit-taking by Friday.

Rennie Auchencorth, president of the exchange, said the day's volume was the largest since the exchange moved to its new trading floor on Gowanlea Street in 1958. He said the ticker had run 11 minutes late at the close.

"The tape could not keep up with the floor, and the floor could hardly keep up with the telephones", he said.

Mrs. Isla Dunlappie, who manages investments for the trust department of the Mirrlesburn Trust Co., said she had been selling into the rise for two days. "When the cab drivers start giving me tips, I start taking profits", she said.

She said her department had bought no new common stocks since February and would buy none "until the prices come back to where the earnings are". She added that she liked the utilities better than the steels.

Bond prices were mixed. Brokers said the demand for tax-exempt bonds had slackened after the heavy offerings of last week.

Balquharrie said he would not be surprised by a setback of 10 or 15 points before the summer. "A market that goes straight up makes me nervous. This one has gone straight up for five days", he said.
'''

T["fin02-glenbervock-threapthwaite-merger.txt"] = '''
Two Ettle Valley mills vote to merge

Directors of the Glenbervock Woolen Co. and the Threapthwaite Mills Corp., the two largest textile concerns in the Ettle Valley, voted yesterday to merge the companies into one with sales of about $48,000,000 a year.

The new company will be called the Glenbervock-Threapthwaite Corp., with its offices in Mirrlesburn, Struan M. Glenbervock, president of the Glenbervock company, told a news conference at the Hotel Auchinleck.

"We have competed with each other for 60 years, and we have both lost money doing it", Glenbervock said. "Now we will compete with the South instead".

Dougal P. Threapthwaite, president of Threapthwaite Mills, sat beside him at the table. He said the merger would save the two companies "at least $900,000 a year in selling and shipping costs alone".

Under the plan, holders of Threapthwaite stock will receive 1.4 shares of the new company for each share they own, and holders of Glenbervock stock one share for one, officials of both companies said.

Asked whether any of the 2,100 workers of the two firms would lose their jobs, Threapthwaite replied that no one in either mill would be laid off "because of the merger itself".

"But I will not promise anybody that our weave room on Kinnell Street will still be running in 1965, and neither will he", he said, nodding toward Glenbervock.

Glenbervock said he would be chairman of the board of the new company and Threapthwaite its president. "Dougal is ten years younger than I am, and he can do the traveling", he said.

He said the two companies had first talked of a merger in 1957 and had dropped the idea when wool prices fell. "We were each waiting for the other one to go broke first. Neither of us obliged", he said.

The Glenbervock company was founded in 1889 by the president's grandfather, Fingal Glenbervock, who brought six looms from Paisley. It makes worsted suitings and blankets and employs 1,300 persons.

The Threapthwaite Mills Corp. said in its annual report in March that its sales had fallen to $19,200,000 in 1960 from $22,700,000 the year before. It blamed imports of Japanese woolens.

A spokesman for Threapthwaite Mills, Ronan Gilhaugh, said later that the merger would need the approval of two-thirds of the stockholders of each company. The spokesman said special meetings of both companies would be called for June 14.

He said proxy statements would be mailed to the 3,400 stockholders of the two firms within three weeks. Gilhaugh said the Threapthwaite family and its trusts held about 38 per cent of that company's stock "and will vote every share of it for the merger".

Local 77 of the Woolen and Worsted Workers Union, which represents the production workers of both mills, said in a statement that it would "hold the new company to every line of both contracts". The union said it had not been told of the merger until yesterday morning.

One textile analyst said the terms were "generous to the Threapthwaite holders, and they ought to be grateful".

Threapthwaite said the new company would keep both names on its labels. "A man who has bought a Glenbervock blanket for thirty years is not going to buy a Glenbervock-Threapthwaite blanket unless he can still find the Glenbervock on it", he said.
'''

T["fin03-reserve-bank-credit-speech.txt"] = '''
Reserve bank head warns on easy credit

Crinan D. Auldearnie, president of the Federal Reserve Bank of Mirrlesburn, warned bankers of the district last night that the "cheap money" of the recession must not be allowed to become a habit.

He spoke at the annual dinner of the Tullochburn County Bankers Association at the Strathmory Hotel. His address was titled "Credit After the Recession".

"The Federal Reserve has made money easy because the country needed it. It will not keep money easy because the country has come to like it", Auldearnie said.

He said the member banks of the district had increased their loans to business by 6 per cent since January "and a good part of that, I am afraid, went to carry inventories that nobody is going to buy this year".

Deposits at member banks in the district rose 4 per cent in 1960, according to figures released by the Reserve bank. Loans rose 7 per cent.

"I do not say that the brakes are going on tomorrow", he said. "I say only that the man who borrows this spring as though rates will stay where they are forever is making a bet, and he is making it against us.

"Every banker in this room has seen that bet lost before. Some of you have lost it yourselves".

He predicted that the recovery would carry the gross national product past $515,000,000,000 by the end of the year. He estimated that consumer installment debt in the nation now stood at $43,000,000,000, "which is more than the whole national product of some countries I could name".

Auldearnie said he was not worried about the farmers of the district, whose debt had risen little. He said the danger lay in the towns, where dealers in cars and appliances had been "selling on terms that would have embarrassed a pawnbroker in 1950".

Asked after the speech whether the Reserve bank would raise its discount rate, now 3 per cent, Auldearnie said he "would not answer that question in a room full of bankers, or anywhere else".

He added that the rate would be set, as always, by the bank's directors with the approval of the Board of Governors in Washington.

The president of the association, Ferquhar Maclinnie, who is also president of the First National Bank of Kelthaugh, said afterward that the speech had been "a fair warning, and one some of us needed".

Sorley B. Kinnochtry, executive vice president of the Tullochburn Savings Bank, took a different view. He said the savings banks could not turn away good borrowers when the demand for mortgage money in the county was "stronger than at any time since 1955".

"A bank is not a savings box. If we do not lend, we do not earn, and if we do not earn, we do not pay our depositors", Kinnochtry said.

He said his bank had made 410 mortgage loans since January, most of them on new houses in Gowanlea and Birkenshaugh, and had refused 60. He said not one of the 410 was behind in its payments.

Maclinnie said the association would hold a one-day school on installment credit for its members in June. He said Auldearnie had agreed to send two of the Reserve bank's examiners to teach it.

The dinner was attended by 240 bankers and their wives. New officers of the association were elected.
'''

T["fin04-state-tax-revenue-report.txt"] = '''
State tax collections set record

TULLOCHBURN (AP) -- State tax collections in the fiscal year ended June 30 reached a record $412,600,000, State Tax Commissioner Alpin R. Cairnduff reported today.

The total was $23,100,000 more than the year before, according to figures released by the State Tax Department. The sales tax brought in $181,400,000, the income tax $96,200,000 and the gasoline tax $71,000,000.

Cairnduff said the sales tax had "carried the whole load again, as it has every year since 1951". He said receipts from the tax rose 9 per cent, while income tax receipts rose less than 2 per cent.

"People kept on buying even when they were not earning much more. That is the whole story of this year, and it is not a story I would want to count on twice", the commissioner said.

The department said collections of the cigarette tax had fallen for the first time since the tax was raised to 5 cents a pack in 1957. It said the drop, about $600,000, came mostly in the counties along the border.

"They are driving across the line for their cigarettes, and we know it", Cairnduff told reporters. He said his department would ask the Legislature for 12 more inspectors to watch the trucks.

The department's annual report said 61,400 retailers now held sales tax permits, 2,900 more than a year ago. It said 1,840 of them were more than 90 days behind in their payments and owed the state a total of $2,300,000.

Cairnduff estimated that collections in the present fiscal year would reach $430,000,000 "if the recovery holds, and I think it will".

State Sen. Birrell Tandlehaugh, Republican of Ettleford, chairman of the Senate Finance Committee, said the figures showed that the state could "get along without a new tax this year, or next year either".

"The Governor has been telling us for six months that the state is broke. The state has never had so much money in its life", the senator said.

The state budget director, Aeneas Quarrelshaw, answered him within the hour. Quarrelshaw said the state's costs were rising faster than its revenues and would outrun them by $18,000,000 in the next fiscal year.

"The senator is counting the money that came in. I have to count the money that is going out, and there is more of it", he said.

He said the school aid formula passed by the Legislature in 1959 alone would cost $11,000,000 more this year than last. Tandlehaugh said later that the school aid "was voted by the Governor's own party, with my vote against it".

The budget director said the Governor would send his tax message to the Legislature in January and would not discuss it before then.

The department's figures showed that the state collected $3,800,000 in inheritance taxes, about the same as in 1960, and $14,900,000 in taxes on corporations.

Cairnduff said the cost of collecting the state's taxes had been held to 1.1 cents on the dollar. He said that was "the lowest of any state in this part of the country, so far as we can find out".

Cairnduff, who has been commissioner since 1955, said he would not be a candidate for state treasurer next year, as had been reported. "I have one job and I intend to keep it", he said.
'''

T["fin05-drummellan-steel-wage-talks.txt"] = '''
Steel talks break off on wage offer

STOBHAUGH, Ohio (AP) -- Negotiators for the Drummellan Steel Corp. and the International Union of Forge and Rolling Mill Workers broke off their talks today after the company offered a wage increase that the union called "an insult to every man in the mills".

The company said in a statement that its offer of 6 cents an hour, with no change in pensions, was "all that the present state of the steel market will allow".

The union, which represents 14,000 workers at the company's three mills here and in Corriebrae, Pa., has asked for 19 cents an hour and a third week of vacation after ten years. The present contract expires June 30.

Ranald J. Skirlaw, president of the union, said the company's negotiators had come to the last session with a copy of their 1960 annual report and had read from it for 40 minutes.

"We came here to bargain. They came here to read us their annual report", Skirlaw told reporters in the lobby of the Hotel Cromartie.

A spokesman for the company, Lauchlan Crombleholme, said the report had been read because the union "would not believe the figures unless it heard them". He said the company's earnings had fallen 31 per cent in 1960 and were still falling.

The spokesman said the company had "no intention of raising the price of steel to pay for a wage increase the customers will not pay for".

Skirlaw replied that the company had earned $14,600,000 in 1960 "after paying its officers more than it pays any 50 of our men". He said the union would not come back to the table until the company had "something new to say".

Asked whether the union would settle for less than 19 cents, Skirlaw replied that the figure "was not pulled out of a hat, and it will not be put back into one".

"The union knows where to find us. We will be here", said Crombleholme.

The union said in a leaflet handed out at the gates of the Stobhaugh mill this afternoon that the company had "cried poor in 1956, in 1959 and now again". It called on its members to attend a meeting Sunday in the Stobhaugh Armory.

The company said its mills were running at 58 per cent of capacity, against 81 per cent two years ago. It said 2,200 of its production workers were on layoff.

Skirlaw said he had not asked for a strike vote and did not intend to ask for one "this side of June". But he said the men would not work past June 30 without a contract.

"We have never worked without a contract in this union and we are not going to start at Drummellan", he said.

Crombleholme said that was "a matter for the union to decide, not the company". He said the company's offer would stand until June 30.

In Corriebrae, a spokesman for the Corriebrae Iron Co., which bargains separately with the same union, said its own talks with the union would open Monday. He would not say what the company would offer.

The smaller mills of the valley, known in the trade as "the little four", usually sign on the Drummellan pattern within a month.

Skirlaw said the union would not let the little four wait for Drummellan this year. "Any one of them that wants to sign first can sign first, and we will remember it", he said.
'''

T["fin06-ettleford-paper-strike-vote.txt"] = '''
Paper mill workers vote to strike

Production workers of the Ettleford Paper Co. voted 611 to 94 last night to strike if no contract is reached by midnight Friday, Local 340 of the Brotherhood of Mill and Finishing Workers announced.

The vote was taken by secret ballot in the Orange Hall on Cowdenknowe Street and counted by a committee of six, the union said. About 720 of the local's 790 members voted.

A federal mediator, Jardine Ogilwhin, of the Federal Mediation and Conciliation Service, said he had called both sides to a meeting with him at 10 a.m. Thursday in the post office building.

"I have seen wider gaps than this one closed in a day, and I have seen narrower ones that took a month", the mediator said.

He said the two sides were 8 cents an hour apart on wages and had not begun to talk about pensions. He said he would keep them "in the same room as long as the coffee holds out".

The local's president, Somerled Baxterhaugh, said the strike vote was "not a threat, it is a fact". He said the union had asked for 15 cents an hour over two years and had been offered 7.

"The men have not had a raise since 1958. The price of paper has gone up three times since then", Baxterhaugh said.

The company said in a statement that its offer was "fair and in line with every settlement in the paper industry this year". It said the mill had lost two of its largest customers in 1960 to mills in Canada.

Officials of the firm said privately that the mill could not run at a profit at the union's figure.

The company's director of industrial relations, Eachan Tennochside, said the company would not close the mill if a strike came. "We will keep the gates open and the boilers warm. We are not going anywhere", he said.

He said the company's offer included a fourth paid holiday, the day after Thanksgiving. Tennochside added that the company would meet the mediator "any day, any hour he wants".

Baxterhaugh said the union would meet him too. "But we will meet him with the strike vote in my pocket", he said.

Mrs. Morag Killiecraig, 44, a finishing room inspector who has worked at the mill for 19 years, said she had voted for the strike "with my eyes open". She said her husband, a machine tender at the mill, had voted the same way.

"We have a boy starting college in the fall. Seven cents will not send him", she said.

One young machine tender said he had voted against the strike because he had been married only in April.

The union said strike benefits of $20 a week would be paid to every member from the first day of a strike. It said the local's strike fund now held $61,000.

The town's mayor, Gilzean Tarvit, said he had talked with both sides by telephone and had offered them the council chamber for their meetings. "A strike at the mill is a strike at every store on Main Street", he said.

The Ettleford Paper Co. employs 960 persons and is the largest employer in the town. Its last strike, in 1953, lasted 11 weeks.

Ogilwhin said he had handled 40 disputes in the paper industry in ten years and that only three had ended in strikes. "I intend to keep that record", he said.
'''
