# Hand-written article texts for devset24, part 2 (clb07-clb12). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. The financial column of
# 1961: a bank's monthly business letter, a brokerage firm's market letter, a trade association's
# forecast, the merchants' Christmas sales survey, a company's annual report with its chairman's
# letter to stockholders, and a savings bank's dividend.
T = {}

T["clb07-storvik-national-bank-monthly-letter.txt"] = '''
Bank sees district ending year 6 per cent ahead

Business in the Storvik district will end the year about 6 per cent ahead of 1960, the Storvik National Bank said yesterday in its monthly business letter.

The bank said the recovery that began in March had "spread from the factories to the stores and now to the banks themselves". Loans to business at the district's banks rose 9 per cent in the third quarter, it said.

The letter says the paper mills along the Tornedale River are running at 91 per cent of capacity, against 74 per cent a year ago. The Kvarnberg Paper Co. at Halsvik has called back all of the 340 men it laid off in the winter, and the Aspdale Tool Co. is working Saturdays for the first time since 1957.

Department store sales in the district were up 4 per cent in September from a year earlier, according to the letter. Sales of new cars were up 11 per cent.

Not every line of business shared in the gain. The bank said building permits in Storvik had fallen for the fourth month in a row, and it warned that the number of empty stores on Ringvall Avenue "is not the kind of figure a chamber of commerce likes to print".

The letter is written each month by the bank's economist, Aarne P. Kivilahti, and is mailed to some 2,200 businessmen, farmers and teachers in the district.

In an interview, Kivilahti said he was more cautious than the letter. "A bank letter has to be written for the whole district, and the district is doing well", he said. "But I would not want to be a builder in Storvik this winter".

He said the trouble with building was not money but land. Storvik had almost no vacant lots left inside the city line, and the towns around it had not yet extended their water mains, he said.

Kivilahti said farm income in the district would be about the same as in 1960. Milk prices were a little lower, but the hay crop had been the best in ten years.

The letter says the tourist trade on the Tornedale lakes had its best summer since 1955. Resort owners around the lakes reported a gain of 12 per cent in their receipts, the bank said.

Kivilahti said the letter had been published every month since 1928, except for two months in 1933 "when nobody at the bank could think of anything cheerful to say".

The bank's president, Sigvard V. Ekhammar, who signs the letter, said he had read Kivilahti's draft "with a red pencil in one hand and a cup of coffee in the other", and had changed only one word.

"He wanted to say the outlook was bright. I made it good. Bankers are not allowed to use the word bright", Ekhammar said.

The letter also says that savings deposits in the district's banks reached $212,000,000 at the end of September, the highest on record. The bank said much of the money was "waiting for a better rate or a better reason".

Federal Reserve figures for the district showed deposits up 5.2 per cent for the year.

The letter concluded: "The district has come out of the recession in better shape than it went in. The task for 1962 is to find something for the money to do".
'''

T["clb08-hovdenak-market-letter.txt"] = '''
Broker says stocks are due for a rest

Stock prices have gone up too far, too fast, and investors should take some of their profits before the end of the year, the Storvik brokerage firm of Hovdenak, Rinnetmaki & Co. told its customers yesterday in its weekly market letter.

The letter said: "We do not expect a collapse. We do expect a pause, and a pause after a rise of this size usually means a drop of 8 to 10 per cent before the next move up".

The firm said the industrial average had risen 27 per cent since January, while the earnings of the companies in it had risen about 6 per cent. "Prices are running ahead of profits, and they cannot do that forever", the letter said.

Two of the firm's partners differed yesterday over how soon the drop would come.

Sverre L. Hovdenak, the senior partner, said he expected it "by Thanksgiving, or not long after". He said the market had made a new high on Monday on the smallest volume of any day in two weeks, which he called a bad sign.

"When the prices go up and the buyers go away, somebody is about to be left holding the bag", Hovdenak said.

His partner, Paavo Rinnetmaki, who directs the firm's research, said he did not look for any drop before February. The Christmas buying and the year-end reinvestment of dividends would hold prices up until then, he said.

"Sverre has been expecting this drop since August, and some day he will be right", Rinnetmaki said. "I just do not think it will be this month".

Rinnetmaki said the letter was the work of both men, and that it said only what both of them believed: that a pause was coming. It did not say when the drop would come, he said, "because we could not agree on that".

The letter names three stocks it would sell and two it would buy. It says investors should sell the electronics shares, which it calls "priced for a future nobody has seen yet", and buy the paper companies and the railroads, which it says have been overlooked by most of the market since the spring.

The Kvarnberg Paper Co., the largest employer in Halsvik, is one of the two stocks on the firm's buying list. Rinnetmaki said the company's earnings would rise at least 15 per cent this year.

Rinnetmaki said the railroads were selling at less than ten times their earnings, the cheapest of any group on the exchange. "The market has forgotten the railroads, and the market is wrong", he said.

Hovdenak said the firm's customers had taken the warning calmly. Only two had called by noon to sell, and one of them was his brother-in-law, he said.

Rinnetmaki put his own advice in one sentence: "Keep your good stocks, sell your poor ones, and do not buy anything because your barber did".

Other brokers in Storvik said they had seen the letter and did not agree with it. One broker said the market had been "due for a rest" since the spring and had not taken one yet.

The firm, which has offices in Storvik and Norrvik, says in its letter that it sends the weekly review to about 3,600 customers.

Asked whether the firm had taken its own advice, Hovdenak said he had sold about a third of his own common stocks in October. Rinnetmaki said he had sold none of his.
'''

T["clb09-dealers-association-forecast.txt"] = '''
Auto dealers forecast 9 per cent gain in sales

Sales of new cars in the state will rise about 9 per cent in 1962, to some 148,000, the Lake Country Automobile Dealers Association forecast yesterday.

The association said in its annual forecast, issued at the close of its convention at the Hotel Skarvik, that 1961 sales would end at about 136,000 cars, 3 per cent below 1960. The compact cars accounted for 38 per cent of the sales this year, it said, against 21 per cent two years ago.

The forecast says used car prices have been firm since June and dealers have fewer used cars on their lots than at any time since 1955. It says the dealers expect the trade-in allowance on a two-year-old car to rise by about $75.

The association's president, Valdemar T. Sjoholm, who owns the Sjoholm Motor Co. in Norrvik, told the convention that the dealers had "come through the worst year since 1958 in one piece". He said 14 of the association's 412 members had gone out of business during the year, most of them in the smaller towns.

"The small-town dealer is being squeezed between the factory and the city dealer, and he does not have much room left", Sjoholm said.

The association's survey of its members showed that 61 per cent expected better sales in the first half of 1962.

Its executive secretary, Mauno Lahtivirta, who prepared the forecast, said the figure of 9 per cent was "a conservative one, and I would rather be surprised than sorry". He said the forecast was based on three things: the rise in factory payrolls, the rise in farm income in the northern counties, and the age of the cars now on the road.

Lahtivirta said the average car in the state was now 6 1/2 years old, the oldest since the end of the war. A car of that age was costing its owner more in repairs each year than the payments on a new one would, he said.

"There are 90,000 cars in this state that ought to be in the junkyard, and their owners know it", Lahtivirta said.

Lahtivirta said the association's members had sold 4,200 compact cars to farmers this year, against 1,100 in 1959. "The farmer used to buy a pickup truck and a sedan. Now he buys a pickup truck and a compact, and he drives the compact to church", he said.

Sjoholm said the compact car had saved many dealers this year. "Two years ago I had to talk people into them. This year I could not get enough of them to fill my orders", he said.

Lahtivirta said the dealers' main worry was credit. Banks in the state had tightened their terms on car loans in the spring, and many dealers had been forced to carry their own paper, he said.

A Storvik banker who attended the meeting said the banks would ease their terms "as soon as the dealers stop writing 36-month contracts on used cars".

The association's treasurer, Mrs. Inga Vallerud, who runs the Vallerud Garage in Ekelund with her son, said women now bought one new car in eight in the state. "The salesmen have not caught up with that, and they lose sales because of it", she said.

The convention re-elected Sjoholm and voted to hold its 1962 meeting in Norrvik.
'''

T["clb10-christmas-sales-survey.txt"] = '''
Merchants say Christmas sales run ahead

Storvik merchants reported yesterday that Christmas sales were running 5 to 8 per cent ahead of last year, with the biggest gains in toys, appliances and men's clothing.

The Storvik Retail Guild said its telephone survey of 46 stores showed sales for the first two weeks of December up 6.4 per cent from the same weeks of 1960. It said 31 of the stores reported gains and six reported losses.

The guild said the gains were largest in the stores downtown, which it said had "won back some of the shoppers who went to the shopping centers last year". It credited the free parking on Saturdays, which the merchants have paid for since October.

The guild said the downtown stores would stay open until 9 every evening through Dec. 23, and until 6 on Christmas Eve.

One merchant said the crowds had been the biggest he had seen since 1956. Another said the shoppers were "buying carefully, but they are buying".

Algot N. Sandlund, president of Sandlund's, the city's largest department store, said his sales were up 8 per cent. "The customer has money this year and she is not afraid of it", he said. "Last year she was".

Sandlund said the toy department had sold out of electric trains by last Thursday and had reordered twice. He said the store had sold more color television sets in two weeks than in all of 1960.

The store's merchandise manager, Mrs. Vappu Lindahlsvik, said women were buying more for their husbands than they had for years. Neckties were out. Sweaters, shirts and power tools were in. She said the store's hardware department had taken in more in December than its linen department, "which has never happened before, as far as anybody here remembers".

The smaller shops were less cheerful. Mrs. Elna Varjonen, who runs a gift shop on Ringvall Avenue, said her sales were about even with 1960. "The big stores get the crowds, and we get the people who are tired of the crowds", she said. "This year there were not enough of them".

Johan Kallstrom, owner of Kallstrom Jewelers, said diamond sales had been "the best in the 40 years my family has been in this business". He said young men were buying engagement rings "on the installment plan and without a word of complaint".

A toy dealer on Fjordhaven Road, Olavi Reinikka, said his best seller was a plastic rocket that fires a rubber astronaut. "The boys want rockets and the girls want dolls that talk", he said. "Nothing else changes".

The guild's executive secretary, Tauno Heikkivaara, said the figures for the last week before Christmas usually made up a third of the season's sales. He said he would not be surprised if the final gain was close to 8 per cent.

"The weather has been good to us. If it snows on the 23rd, you can take two points off that", Heikkivaara said.

Merchants said returns after Christmas would probably be heavier than usual because of the number of appliances sold.

The Federal Reserve figures for the district, issued Friday, showed department store sales up 5 per cent for the week.
'''

T["clb11-kvarnberg-paper-annual-report.txt"] = '''
Kvarnberg Paper earnings up 31 per cent

The Kvarnberg Paper Co. of Halsvik earned $2,860,000 in its fiscal year ended Sept. 30, up 31 per cent from the year before, the company said in its annual report, which was mailed to stockholders yesterday.

The earnings were equal to $3.12 a share on the 916,000 shares outstanding, against $2.38 a share in the 1960 year. Sales rose to $41,300,000 from $36,800,000, according to the report.

In the letter to stockholders that opens the report, the chairman, Ebbe R. Kvarnberg, said the company had "recovered from the recession faster than we dared hope a year ago". He said the mill at Halsvik had run six days a week since April.

"Our customers stopped living off their shelves in the spring, and they have been ordering steadily ever since", he wrote.

Kvarnberg said in the letter that the directors would ask the stockholders at the annual meeting in January to approve a two-for-one split of the common stock. He said the split would "put the shares within reach of the small investor, who has been our friend for 50 years".

The report says the company spent $4,100,000 on new plant during the year, most of it on a second paper machine at Halsvik, which began running in August. It says the machine has added 110 tons a day to the mill's capacity.

Kvarnberg warned in the letter that imports of newsprint from Canada and Scandinavia "will be the hardest competition this company has faced since my grandfather's day". He said the company would meet it with new machines and not with lower wages.

The company said it expected to spend about $2,500,000 on new plant in 1962. It said its order books were "fuller at this season than at any time in the company's history".

Kvarnberg, who is 71, is the grandson of the founder and has been chairman since 1946. His letter closed on a personal note. He said it would be his last as chairman, and he thanked the employees and the stockholders for what he called "half a century of patience with the Kvarnbergs".

The company's president, Folke M. Haapavesi, who is expected to succeed Kvarnberg as chairman, said in an interview that the company had no plans to change its dividend policy. "The chairman built this company on the rule that the stockholders get half of what we earn, and I do not intend to change that", he said.

Haapavesi said the company's 1,240 employees would share in a profit-sharing payment of $310,000 in December, the largest in its history. He said the union had been told of the payment on Friday.

Haapavesi said the new machine was running at 95 per cent of its rated speed after three months. "The engineers told us it would take a year to get there", he said.

Asked whether the company was looking at other mills, Haapavesi said it was "always looking, and never in a hurry".

The report lists the company's debt at $6,200,000, against $6,900,000 a year ago. The company said it had paid off $700,000 of its bonds ahead of schedule.

Kvarnberg Paper common closed Friday at 58 1/4 on the Storvik exchange, up 3/4.
'''

T["clb12-norrvik-savings-bank-dividend.txt"] = '''
Norrvik Savings Bank raises dividend rate

The Norrvik Savings Bank will pay dividends at the rate of 3 3/4 per cent a year, beginning Jan. 1, its president, Yrjo E. Tallqvist, announced yesterday. The bank has paid 3 1/2 per cent since 1959.

The trustees voted the higher rate at their quarterly meeting Tuesday. Tallqvist said the increase would cost the bank about $260,000 a year.

"We can afford it, and our depositors have earned it", he said. "A savings bank that cannot share a good year with the people whose money it holds ought to go out of business".

The bank said its deposits had reached $71,400,000, a gain of $5,800,000 for the year. It said it now had 24,600 depositors, more than the population of Norrvik itself.

The bank's statement of condition showed mortgage loans of $52,100,000, against $47,300,000 a year ago.

Tallqvist said the bank had made 612 mortgage loans during the year, most of them on new houses in Norrvik and Tjarnlund. He said the bank's mortgage rate would stay at 5 3/4 per cent.

Tallqvist said the new rate would be the highest paid by any savings bank in the county. The Storvik Savings Bank, the only other savings bank in the county, pays 3 1/2 per cent.

He said savings banks in the state were competing for deposits with the savings and loan associations, which pay as much as 4 1/4 per cent, and with the government's savings bonds. The commercial banks had begun to pay more for savings too, he said.

"We are not going to chase the last quarter of a per cent", Tallqvist said. "We are going to pay what we earn, and we are going to earn it on mortgages in this town".

The bank's treasurer, Mrs. Hulda Rantamaki, who has been with the bank for 33 years, said she remembered the years when the dividend was 2 per cent "and people were glad to get it". She said the bank's Christmas club had 3,100 members this year, the most ever.

"Half of them are children, and they are the most faithful savers we have", she said.

The chairman of the trustees, Dr. Urho Aaltonvik, a Norrvik physician, said the vote for the higher rate had been unanimous. "There was some argument about whether we could afford it, and none at all about whether we ought to", he said.

The bank said it would also begin to pay 2 per cent on its Christmas club accounts, which have paid nothing. It said the change had been asked for by "a good many parents, and one very determined boy of eleven".

The bank also announced that it would open a branch in the Tjarnlund shopping center in March. Tallqvist said the branch would be the bank's second and would have a drive-in window.

He said the window would be the first at any savings bank in the county. Depositors would be able to make deposits there without leaving their cars, but not withdrawals, he said.

Asked whether the bank planned to raise the rate again, Tallqvist said: "Not this year. Ask me next December".

The Norrvik Savings Bank was founded in 1871 by a group of Norrvik merchants and fishermen. It has never missed a dividend, Tallqvist said.
'''
