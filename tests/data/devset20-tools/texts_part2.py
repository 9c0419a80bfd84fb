# Hand-written article texts for devset20, part 2 (fin07-fin12). The financial, labor and farm
# pages of 1961: a county farm bureau meeting, a feeder cattle auction (with a milk cooperative's
# annual meeting), a savings bond drive, a small-business loan, a utility's rate case before the
# state commission and an economist's forecast at a bankers' convention (wire).
T = {}

T["fin07-cauldhaugh-farm-bureau-prices.txt"] = '''
Farm prices to stay low, bureau is told

Wheat and corn will sell close to the government support levels through the 1961 harvest, an economist of the U.S. Department of Agriculture told the Cauldhaugh County Farm Bureau last night.

The economist, Dr. Sandison Whitlaw, of the department's regional office, spoke to 280 farmers and their wives at the annual meeting of the bureau in the Kelthaugh High School gymnasium.

"There is more corn in the bins of this country than there has ever been, and there will be more in the fall. I cannot tell you that the price will go up, because it will not", Whitlaw said.

He said the carry-over of corn on Oct. 1 would be about 2,000,000,000 bushels. He predicted that hog prices would hold near $17 a hundredweight through the summer "and then come down, as they always do when the pigs come to market".

Farm income in the state fell 4 per cent in 1960, according to figures released by the department. The department said the prices farmers paid for machinery, fertilizer and feed rose 2 per cent in the same year.

The county agent, Kennet Fairnielaw, said the county's farmers had planted 41,000 acres of corn last year and would plant about 36,000 this spring under the new feed grain program.

Fairnielaw estimated that 60 per cent of the county's corn growers had signed up for the program by last Saturday. "They do not love it, but they can do arithmetic", he said.

He said the payments for land taken out of corn would come to about $410,000 in the county. The agent said the first checks would be mailed in July. He said soil tests had been made on 340 farms in the county since January, "more than in the three years before put together".

Torcall Rattrayburn, who farms 320 acres near Whinnyford, rose to say that the support price "does not pay for the seed, the gas and the interest on the tractor".

"I have been farming for 31 years and I have never been paid less for more work", he said.

Whitlaw replied that the department knew it. "I did not come here to tell you that you are well off. I came to tell you what the market will do, and it will not do much", he said.

The president of the bureau, Baldred Blackshawhill, urged the members to keep their borrowing down until prices improved.

"My father used to say a farmer who borrows for land is never sorry and a farmer who borrows for machines always is. He was right about the machines", Blackshawhill said.

He said the bureau's membership had reached 1,140 families, the most in its history. He said the bureau would send a delegation of 12 to the state convention in November.

Asked by a dairy farmer from Birkenshaugh whether milk prices would also stay down, Whitlaw said the department expected them to fall by "perhaps 20 cents a hundredweight, perhaps a little more" after April 1.

The bureau voted to ask the Legislature to raise the state's gasoline tax refund for farm machines. Blackshawhill was re-elected president.

Mrs. Annot Blackshawhill, his wife, said the women's committee had served 310 suppers and had cleared $186 for the 4-H camp fund.
'''

T["fin08-kelthaugh-cattle-milk-coop.txt"] = '''
Feeder cattle bring top prices at Kelthaugh

More than 1,800 head of feeder cattle went through the ring yesterday at the spring sale of the Kelthaugh Livestock Auction Co., "the biggest run of cattle this barn has ever had", said the sale manager, Tavish Mackenhaugh.

Mackenhaugh said the sale had brought $412,000, an average of $224 a head. The top price of the day, $31.75 a hundredweight, was paid for a pen of 40 Hereford steer calves consigned by the Haddowburn Ranch of Tullochburn County, he said.

"Buyers came from five states. We had feed lot men here from as far as Iowa, and they were not here to look", he said.

The calves were bought by Alistair Pitcaithly, of the Pitcaithly Feed Lots at Whinnyford. "I paid more than I wanted to and less than I was afraid I would", Pitcaithly said.

He said he would feed the calves on corn silage until September and sell them as finished beef in the fall. He said he had bought 300 head at the sale.

The auctioneer, Col. Aikman Strachurmore, who has called the Kelthaugh sales since 1946, said the bidding had been "the best since the spring of 1951, and that was a year to remember". He said the heavy steers had sold for about $3 a hundredweight more than at last spring's sale.

Strachurmore said the good prices came from the rains of April. "When the grass comes up, the cattle go up. It is the oldest rule in this business", he said.

The owner of the Haddowburn Ranch, Gillies Haddowburn, said the pen that topped the sale was the first his son had raised. "The boy did the feeding and I did the worrying", he said.

Mackenhaugh said the company would hold its fall sale on Oct. 11. He said 2,500 head had already been listed for it.

Milk cooperative reports gains

The Tullochburn Valley Milk Producers Cooperative reported yesterday that its 1,140 members shipped 214,000,000 pounds of milk in 1960, 6 per cent more than in 1959.

The cooperative said it had paid its members an average of $3.61 a hundredweight, 4 cents more than the year before. It said its new bottling plant at Birkenshaugh had handled a third of the milk.

The cooperative said 31 of its members had won state awards for clean milk in 1960. It said butterfat tests at the plant had averaged 3.7 per cent for the year.

The general manager, Aulay Corsindae, told the annual meeting that the plant had cost $840,000 and would be paid for by 1965. "We built it with our own money and we will pay for it with our own milk", he said.

He said the cooperative had signed contracts to supply milk to 61 schools in three counties. Corsindae estimated that the school contracts would take 9,000,000 pounds a year.

Callum Inverbrack, president of the cooperative, told the meeting that the members would have to "get used to the idea that milk is a business and not a way of life". He said 40 members had sold their herds in 1960.

"The small man with 12 cows is going, and nobody in this room can stop it. What we can do is see that the man with 40 cows gets paid", Inverbrack said.

The members re-elected Inverbrack and four directors. About 500 members and their families attended the meeting in the Tullochburn Grange Hall.
'''

T["fin09-county-savings-bond-drive.txt"] = '''
County opens savings bond drive

Mirrlesburn County's quota in the savings bond drive that opens Monday is $6,200,000, the county chairman of the drive, Gowan F. Lumsdaill, announced yesterday.

Lumsdaill, who is president of the Auchterhaugh National Bank, predicted that the county would meet its quota "by the middle of May, or I will buy the rest myself".

The quota is $400,000 higher than last year's. Sales of Series E and H bonds in the county came to $5,940,000 in 1960, according to the Treasury Department. The department said sales in the state as a whole were 3 per cent below those of 1959.

The state director of the savings bonds division, Eckford Pitblado, told a luncheon of the county's 60 drive workers at the Hotel Auchinleck that the bonds were "the best answer the small saver has to inflation, whatever the stock brokers say".

"The man who bought a $25 bond in 1941 has been paid back every cent with interest, and he never lost a night's sleep over it", Pitblado said.

He said the payroll savings plan now reached 8,100,000 workers in the nation. He said the Treasury hoped to add 1,000,000 more by the end of the year.

The drive's slogan, "Your Share of Tomorrow", will be printed on 40,000 bags for the county's grocery stores.

Lumsdaill said the drive would go first to the county's 90 plants with 50 or more employees. He said the workers' committees in 31 of them had already agreed to ask every employee to sign for payroll savings.

At the Coldshaw Forge Co., where 92 per cent of the 840 employees bought bonds through payroll savings last year, the plant manager, Keillor Dunsinane, said the company hoped to reach 100 per cent this year.

"We have 67 men holding out. I know every one of them, and I intend to have a cup of coffee with each of them before the month is out", he said.

Mrs. Elspet Gowrieshaw, chairman of the women's division, said 300 women would call on homes in the county during the third week of May. She said the women's division had sold $610,000 in bonds last year, most of them to housewives "who had never bought a bond in their lives".

"A woman who saves $3.75 out of the grocery money is saving harder than any banker in this county, and she knows it", Mrs. Gowrieshaw said.

Pitblado said the state's quota for the year was $148,000,000. He estimated that the state had sold about $41,000,000 in the first three months.

Asked whether the higher interest paid by the savings banks had hurt bond sales, Pitblado replied that some money "had gone where the interest was, and some of it will come back".

The county chairman said the county's school children would also be asked to buy savings stamps, and that the stamps would be sold in every school on Tuesdays.

Lumsdaill said the county's banks would sell bonds without charge at every branch and would stay open until 8 p.m. on the first two Fridays of the drive.

The drive ends May 31. Lumsdaill said he would report the county's total at the drive's closing dinner on June 6.

He said he did not expect to have to keep his promise. "The county has never missed a quota since 1946, and I do not intend that it should miss one while I am chairman", he said.
'''

T["fin10-whinnyford-tool-sba-loan.txt"] = '''
Whinnyford tool firm gets federal loan

The Small Business Administration has approved a $150,000 loan to the Whinnyford Tool & Die Co. to build an addition to its plant on Bracklinn Road, the agency announced yesterday.

The loan will be made jointly with the Whinnyford Trust Co., which will put up $50,000 of it, the agency said. It said the loan would run for ten years at 5 1/2 per cent.

The president and founder of the company, Finlay Leckieburn, said the addition would let the company take on 35 more men by the end of the year. The company now employs 62.

"I started this shop in a garage in 1946 with one lathe and a borrowed drill press. I never thought I would need the Government to help me grow", Leckieburn said.

He said the company had tried for a year to borrow the money from private banks and had been turned down by three of them. "They all liked me and none of them liked my balance sheet", he said.

The agency's regional director, Arrol Dunnichen, said the loan was the 19th the agency had made in Mirrlesburn County since it was set up in 1953. He estimated that the 19 loans had created or saved about 600 jobs in the county.

Dunnichen said small manufacturers found it harder to borrow than any other business. "A bank will lend to a grocer because it understands groceries. It will not lend to a man who makes dies because it does not understand dies", he said.

He said the agency had $4,100,000 in loans outstanding in the three-county region. He said only two of its borrowers in the region had failed.

A vice president of the Whinnyford Trust Co., Hew Ardgowan, said the bank had taken its part of the loan "because the agency took the first risk, and we were glad to take the second". He said the bank had been the company's bank for 15 years.

Officials of the bank said the addition would be built by a local contractor and would cost about $110,000.

Rep. Dalgleish Tarbolton, whose district includes Whinnyford, said in a telegram to the company that the loan was "exactly what the Small Business Act was written for". He said he had written to the agency in support of the loan in February.

The company makes dies and fixtures for the automobile and appliance industries. Leckieburn said it had orders on hand for $380,000 of work, twice as much as a year ago.

"We have been turning work away since Christmas. Now we can stop", he said.

Leckieburn said the company would hire most of the new men from the county vocational school. "Half the men in my shop learned the trade there, and so did I", he said.

The agency said its loans to small businesses in the nation came to $168,000,000 in 1960, a record. It said applications in the first quarter of 1961 ran 20 per cent above a year ago.

Leckieburn said the addition, of 12,000 square feet, would be finished by September. The company's sales were $640,000 last year, according to its president.

Dunnichen said the agency would hold a clinic for small manufacturers at the Mirrlesburn Chamber of Commerce on May 17. He said two of the agency's loan officers would be there to answer questions.
'''

T["fin11-glenbrathie-gas-rate-case.txt"] = '''
Gas company wins half of rate rise

The State Public Service Commission ruled yesterday that the Glenbrathie Gas and Electric Co. may raise its gas rates by $1,900,000 a year, a little more than half of the $3,400,000 increase the company had asked.

In a 42-page opinion, the commission said the company was entitled to earn 6.1 per cent on its investment, not the 6.9 per cent it had sought. The new rates will take effect June 1.

The commission ruled that the company could not count in its rate base the $2,600,000 cost of a pipeline from Strathmory that has not yet been finished. It said the pipeline "is not now used or useful in serving the company's customers, and may not be charged to them".

The company's average residential customer will pay about 61 cents a month more, the commission estimated.

The vote was 2 to 1. Commissioner Rutherglen Fyvie dissented. He said in a separate opinion that the company had shown it needed the full increase "and will be back before this commission within a year asking for it".

The commission's chairman, Drysdale Inverkeithnie, said the majority had been "as fair to the company as the record allowed, and no fairer". He said the commission would not reopen the case before the pipeline was in service.

Rorie Balnagask, counsel for the company, said he would ask the commission for a rehearing within 20 days. "We will ask for the rest of the money and we expect to get it", he said.

Balnagask told reporters the company had asked for a return of 6.9 per cent "because that is what the bond market says it costs us to borrow". He said the company would need the full increase to pay for the pipeline. Balnagask said the company had spent $11,000,000 on new mains since 1957 "without a penny of increase in its rates".

The company said in a statement that it was "disappointed but not discouraged". It said it would postpone plans to extend gas service to 1,400 homes in Birkenshaugh until the rehearing was decided.

The Mirrlesburn Consumers League, which had opposed any increase at the hearings in January, said the ruling was "a partial victory for the housewife". It said it would oppose the request for a rehearing.

The league's chairman, Mrs. Kirsty Haddowshaw, said the league had collected 9,400 signatures against the increase. "The company says it needs the money. So do the people who pay its bills", she said.

She said the league would ask the Legislature to require utilities to pay the cost of rate cases out of their profits rather than charge them to the customers.

The company's president, Auchmar Dalrannoch, said the company had not raised its gas rates since 1952. He said its costs had risen in every year since then.

"We have held the line for nine years. We cannot hold it for ten", he said.

The company serves 86,000 gas customers and 112,000 electric customers in 14 counties. Its electric rates were not before the commission.

Fyvie, the dissenting commissioner, said he expected the company to appeal to the courts if the rehearing was denied. He said such an appeal would take at least two years.
'''

T["fin12-economist-bankers-forecast.txt"] = '''
Economist sees boom by fall

BALLOCHBURN, Mich. (UPI) -- The nation's business will be "running at a boom pace by the middle of October", an economist told 700 bankers at the Tri-Lakes Bankers Conference today.

The economist, Dr. Kenmure Lochrannoch, chief economist of the Auchterhaugh Trust Co. of Mirrlesburn, predicted that industrial production would pass its 1959 peak by August.

"The recession is over. It ended in February, and most of the people in this room have not noticed it yet", he said.

Lochrannoch estimated that the gross national product would reach an annual rate of $530,000,000,000 in the fourth quarter. He forecast that unemployment, now 6.8 per cent of the labor force, would fall below 5 per cent by next spring.

"I have been wrong before, and I shall be wrong again, but I have never been so sure of a turn as I am of this one", he said. "The orders are coming in, the inventories are gone, and the steel mills are hiring.

"That is not a forecast. That is what happened last week".

He said the only danger he saw was a rise in prices. Lochrannoch predicted that the cost of living would go up 2 per cent in 1962 "unless the unions and the companies both show more sense than they have in the past".

Not every speaker agreed. Prof. Aird Kilmahew, of the economics department of Strathmory College, said he expected a "slow, grinding" recovery that would leave unemployment above 6 per cent through 1962.

"My friend from Mirrlesburn is looking at the orders. I am looking at the men who are not getting their jobs back", Kilmahew said.

He said automation had cost the steel and auto industries 200,000 jobs since 1957 "and no amount of recovery is going to bring them back".

Kilmahew said the steel industry alone had 90,000 men on layoff. "They will not all be called back, and some of them know it", he said.

The Committee on Agricultural Credit of the conference said in a report to the meeting that farm income in the three states would fall about 3 per cent this year. The committee said the decline would be felt most by the small country banks.

The conference's survey of its 410 member banks showed that loan demand had risen at 61 per cent of them since January.

The president of the conference, Eglinton Forsythburn, who is also president of the Ballochburn State Bank, told the meeting that the banks of the region had "more money to lend than at any time since the war, and fewer good borrowers to lend it to".

Forsythburn said the conference would ask Congress to raise the ceiling on interest paid on savings deposits. He said the present ceiling of 3 per cent was driving savers to the savings and loan associations.

"We are losing deposits every month to people who pay a quarter of a point more than we are allowed to", he said.

Lochrannoch said he expected the Federal Reserve to keep money easy through the summer. The discount rate, according to Lochrannoch, would not go up before the end of the year.

Asked whether he expected a boom in the stock market as well, he said he had "no opinion on the stock market, and I never have had one that was worth anything".

The conference closes tomorrow with the election of officers.
'''
