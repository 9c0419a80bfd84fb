# Hand-written article texts for devset27, part 2 (eco07-eco12). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. The farm price report with a
# farm organization's criticism, a railroad's annual report with its president's statement, an oil
# import quota ruling with the independent producers, the housing starts with builders quoted, a
# Tariff Commission hearing and the consumer price index; every one a wire story with a dateline.
T = {}

T["eco07-farm-prices-report.txt"] = '''
Farm prices dip; federation assails policy

WASHINGTON (AP) -- Prices received by farmers fell 1 per cent in the month ended May 15, the Agriculture Department reported today, while the prices farmers pay for what they buy stayed at a record high.

The department said lower prices for hogs, eggs and potatoes more than offset higher prices for cattle and oranges. It said the index of prices received stood at 239 per cent of the 1910-14 average, against 242 in April and 236 in May of last year.

The parity ratio, which measures what farm products will buy against what farmers must pay, fell to 79 from 80 in April, according to the department. It was the lowest since last December.

Egg prices fell to 29 cents a dozen, the department said, the lowest for May since 1941. It said the drop had come as flocks in the South and the Pacific Coast states laid more eggs than the markets could take.

The report said the drop in hog prices, 7 per cent in a month, was "larger than usual for the season, but not unexpected after the heavy spring farrowing".

A second report, issued at the same time, said farm income in the first quarter was running at an annual rate of $12,600,000,000, up $800,000,000 from a year earlier. The department credited the new feed grain program with most of that rise.

The Farmers Equity Federation said in a statement released here that the report showed "what we have been saying since January: the farmer is still losing ground".

Its president, Hayden T. Dumbraveanu, said the parity ratio of 79 was "a disgrace in a country that can send a man into space".

"The department says the farmer is doing better. The farmer with 80 acres of corn and 30 sows does not know it yet", Dumbraveanu said.

He said the federation would ask Congress to raise price supports for dairy products to 90 per cent of parity. Dumbraveanu said the federation's members in 12 states had sold hogs in May for an average of $15.80 a hundredweight, against $17.10 in April.

"At those prices a man loses $3 on every hog he sells, and he knows it before he loads the truck", he said.

A department spokesman replied that the federation had "picked the worst month of the year for hogs and called it the whole story".

He said hog prices fell every year in May and June and would recover by the fall. The spokesman said income from cattle, which the federation had not mentioned, was running 9 per cent above last year.

The federation, which has 210,000 members in 31 states, answered within the hour. Its statement said cattle men were "not the farmers who are in trouble, and the department knows it".

Dumbraveanu told reporters he would take the federation's case to the House Agriculture Committee next week. He said he would ask the committee to hold hearings on hog prices "before the fall run of hogs breaks the market again".

Grain traders in Chicago said the report had been expected and had no effect on the price of corn.

A farm economist at Fenyohegyi State College, Dr. Lela P. Erdohalmy, said the federation and the department were "both right, and both talking about different farmers". She said the income figures were averages "and a hog farmer does not eat an average".

The department said the index of prices paid by farmers, including interest, taxes and wage rates, stood at 302 per cent of the 1910-14 average, unchanged from April.
'''

T["eco08-railroad-annual-report.txt"] = '''
Railroad's net falls 38 per cent

KISBERCEL, Pa. (AP) -- The Kisbercel & Lake Shore Railroad earned $2,140,000 last year, or $1.07 a share, against $3,460,000, or $1.73 a share, in 1959, the company said in its annual report, issued today.

Freight revenues fell 8 per cent, to $41,300,000, according to the report. The railroad carried 19,800,000 tons of freight, against 22,600,000 tons the year before.

The report said the decline had come mostly in coal and iron ore, "the two commodities on which this railroad was built".

The railroad's president, Delphus E. Florescanu, said in a statement accompanying the report that the road had cut its payroll by 1,100 jobs in 1960 and would cut "several hundred more" this year.

"No railroad can live on coal alone any more. We have known that for 10 years, and we have been slow to act on it", the statement said.

Florescanu said the railroad had asked the Interstate Commerce Commission for permission to drop its last two passenger trains, which he said had lost $1,900,000 last year on 310,000 passengers.

The report showed long-term debt of $58,000,000 at the end of the year, against $61,200,000 a year earlier.

According to the report, the railroad paid $3,900,000 in state and local taxes in 1960, or nearly twice its net income. The report said the taxes on its right of way were "higher than those paid by any of the trucking companies that compete with it, on roads the public built".

Asked by reporters whether the railroad would pay a dividend this year, Florescanu said the directors would decide "in September, when we know what the ore boats have done".

He said the railroad had been talking with the Marosfalva & Southern Railroad about a merger. "We have been talking for six months. We are not yet talking about terms", he said.

A spokesman for the Marosfalva & Southern said in Marosfalva that the talks were "friendly, and a long way from finished".

The spokesman said the two roads had hired an engineering firm to study how their lines could be joined. He said its report was due in the fall.

In a separate report to stockholders, the railroad said it had spent $6,800,000 on new freight cars and diesel engines in 1960 and planned to spend $4,000,000 more this year.

The general chairman of the Brotherhood of Railway Yardmen on the road, Foy B. Baltaretu, said the union would fight the job cuts "before the commission, before the Legislature and anywhere else they will listen to us".

Baltaretu said 340 of the 1,100 jobs cut last year had been held by yardmen. "They say the machines took the jobs. The machines did not take them. The company took them", he said.

He said the brotherhood had asked for a meeting with Florescanu "and got a letter from a vice president instead".

Florescanu said freight traffic in the first five months of 1961 had been 4 per cent above the same months of 1960. "The bottom was last winter. I think we are climbing out of it", he said.

He predicted that the railroad would earn "somewhat more than last year, if the steel mills keep their furnaces going through the summer".

The railroad's stock closed yesterday at 23 1/4, down 1/2, in light trading.
'''

T["eco09-oil-import-ruling.txt"] = '''
Oil import quota raised; independents protest

WASHINGTON (AP) -- The Interior Department ruled today that refiners east of the Rocky Mountains may import 788,000 barrels of crude oil a day in the last half of the year, 26,000 barrels a day more than in the first half.

The department said the increase was needed to hold the quota at 9 per cent of the oil refined in the area, as the import program requires.

The ruling said the new quotas would be divided among 128 refiners "on the same sliding scale as before, with no refiner losing any part of his share".

Pinckney P. Stanculeanu, administrator of the department's oil import program, told reporters the increase was "the smallest we could make and still keep faith with the formula".

He said the department had turned down requests from 14 refiners for quotas larger than the scale allowed them. "Every refiner on the coast wants more, and every producer in Texas wants less. We cannot please both, and we have stopped trying", he said.

The Independent Crude Producers Council said in a statement released here that the ruling was "one more barrel of foreign oil poured on an industry already drowning in it".

The council's president, Dolph R. Gyulaffy of Hegyaljay, Okla., said wells in Texas had been allowed to produce on only nine days in June.

"We are shutting in American wells so that tankers from Venezuela can unload in Philadelphia", Gyulaffy said. "That is not a program. That is a surrender".

The council said in its statement that foreign crude was landed at East Coast ports for about $2.30 a barrel, against $3.15 for oil from the Texas fields. It called the difference "the whole story of this program".

Gyulaffy said the council's 4,200 members had drilled 1,900 wells last year, against 3,400 in 1956. He said most of the drilling crews laid off since then "have gone into other work and will not come back".

He said the council would ask the President to cut imports by 10 per cent before the end of the year.

According to the council, 3,900 independent producers had gone out of business since quotas were first set in 1957.

A spokesman for the Seaboard Refiners Committee, which speaks for 22 refiners on the East Coast, said the increase would not lower the price of heating oil by a cent. He said the committee would ask again in December for a quota of 12 per cent.

Sen. Hargis J. Vranceanu (D-Okla.) said the department had "once more put the tanker ahead of the oil well". He said he would ask the Senate Interior Committee to look into the program.

"The independent producer found most of the oil this country has. He is being paid for it by having his wells shut in", Vranceanu said.

In a second report, the department said crude oil production in the United States averaged 7,010,000 barrels a day in May, down 2 per cent from April. It said stocks of crude oil above ground were the largest since 1958.

Texas producers said the state's allowable for July, to be set next week, would probably be cut again.

Stanculeanu said the next quotas would be set in December. Asked whether the department might change the formula then, he said only that it was "always under study, like everything else in this building".
'''

T["eco10-housing-starts-report.txt"] = '''
Housing starts up 8 per cent in May

WASHINGTON (AP) -- Builders started 123,000 private homes and apartments in May, 8 per cent more than in April and 6 per cent more than in May of last year, the Commerce Department reported today.

At a seasonally adjusted annual rate, the May starts came to 1,310,000, the department said, the highest rate since February of 1960.

The figures showed that starts of apartment buildings rose faster than starts of one-family houses, and that the South had the largest gain of any region.

The report said the gain "reflects the lower mortgage rates of the spring, and the larger supply of mortgage money".

In a second report, the department said outlays for all new construction rose to $4,810,000,000 in May, a record for the month. It said public construction, most of it highways and schools, accounted for $1,290,000,000.

The president of the National Home Builders Council, Vergil O. Mocsarhazy, said in a statement released here that the figures were good news for the industry, but that builders were still selling houses more slowly than they were building them.

"We have 60,000 new houses standing empty in this country. Until they are sold, the banks will be careful, and they should be", Mocsarhazy said.

He said the council expected 1,250,000 starts for the year, against 1,252,000 in 1960.

He said the council would ask Congress to raise the interest rate on Government-insured loans for veterans, which he said was "too low to draw a dime of private money".

Mortgage rates on new houses averaged 5.9 per cent in May, against 6.2 per cent in January, according to the Home Savings Institute. The institute said its member associations had lent $1,030,000,000 in May, the most for any month since 1955.

At Szilvasfalva, Mich., a builder of low-priced houses, Osborne M. Padureanu, said he had sold 41 houses since March, against 17 in the same months of last year.

"The young couples came back in April. The older couples with a house to sell have not come back yet", he said.

Padureanu said he had cut the price of his smallest house by $600 in February "and put the $600 into a second bathroom, which is what they wanted all along".

He said his buyers were paying $12,500 for a three-bedroom house with no basement. Most of them, he said, had bought with Government-insured loans and 3 per cent down.

Mrs. Eula R. Brateanu, who builds apartment houses in Keresztvar, Ind., said money for apartment loans was "easier to get than at any time since 1955".

She said she would start 300 apartments this summer, against none last year. "Last year I could not borrow a dollar. This spring the lenders are calling me", Mrs. Brateanu said.

She said rents in new buildings in Keresztvar had not gone up in two years. "There are too many empty apartments for that, and there will be more when mine are finished", she said.

Builders in several cities said the lumber mills had raised prices 5 per cent since April.

A lumber dealers' group in Portland, Ore., the Western Pine Yards Bureau, said the rise had followed a strike in the Oregon woods and would last "until the mills catch up, which should be August".
'''

T["eco11-tariff-commission-hearing.txt"] = '''
Tile makers ask higher duty on imports

WASHINGTON (AP) -- The American Glazed Tile Council told the Tariff Commission today that imports from Japan had taken a fifth of its members' market in four years and would take "the rest of it in four more" unless the duty was raised.

The council asked the commission to recommend to the President that the duty on glazed wall and floor tile be raised from 25 to 50 per cent.

Its counsel, Perley W. Cosmineanu, said in testimony before the commission that imports had risen from 3,000,000 square feet in 1956 to 41,000,000 last year.

"No industry in this country can pay $2.10 an hour and sell against tile made at 18 cents an hour", he said.

Renick L. Sebesanu, president of the Sebesanu Tile Co. of Fenyvesd, Ohio, testified that his company had laid off 160 of its 420 workers since 1959.

The commission's chairman asked whether the company had tried to cut its costs.

"We have put $1,200,000 into new kilns since 1957. We cannot put in any more, because we have not got it", Sebesanu replied.

He said his company's sales in 1960 were $4,100,000, against $5,600,000 in 1957. "I have three sons in the business. I do not know what I am going to tell them", he said.

Under questioning by Cosmineanu, Sebesanu said the company had cut its prices twice since 1958 and had lost money on its floor tile in both years. He said the company's bank had refused it a loan in March.

Counsel for the Tile Importers Association, Levi D. Ciocarlan, argued that the American makers had raised their prices three times since 1955 and had "priced themselves out of the builder's market".

He said American tile was 30 per cent dearer than Japanese tile delivered in Los Angeles, and 12 per cent dearer in New York.

"The builders in California are not buying Japanese tile because it is Japanese. They are buying it because they can get it in the colors they want, when they want it", he said.

Ciocarlan said the Japanese makers had already agreed to hold their shipments to this country at 40,000,000 square feet a year.

One commissioner asked him whether the agreement would be put in writing. Ciocarlan replied that it had been put in writing in Tokyo in March, and that he would give the commission a copy.

The commissioner said the commission would want "the paper itself, and not a translation made for this hearing". Ciocarlan said the commission would have both within a week.

The Brotherhood of Kiln and Clay Workers said in a brief filed with the commission that 2,300 of its members had lost their jobs since 1957. It said most of them were past 45 years of age "and will not find work at their trade again".

The union's president, Zollie M. Lupescanu, testified that he had "never before asked a Government agency to keep anybody's goods out of this country". He said he had changed his mind "when I saw the kilns go cold in Fenyvesd".

Sebesanu said the council's figures on imports came from the Commerce Department and "nobody in this room has questioned them".

The hearing will go on tomorrow. Under the law, the commission has until December to report to the President.
'''

T["eco12-consumer-price-index.txt"] = '''
Living costs hold steady in May

WASHINGTON (AP) -- Consumer prices held steady in May for the second month in a row, the Labor Department reported today, but the department said higher prices for meat and for medical care might push its index up in June.

The consumer price index stood at 127.4 per cent of the 1947-49 average, the same as in March and April and 1 per cent above May of last year, the report said.

The figures showed that food prices fell two-tenths of 1 per cent in May, while the cost of medical care rose three-tenths of 1 per cent, to a record.

Leamon F. Kisfaludvary, chief of the department's division of consumer prices, told a news conference that the index had been "about as steady as it has ever been" for a year.

"Prices are not going anywhere in a hurry, and they will not as long as there is this much slack in the economy", he said.

He said the index would rise "perhaps two-tenths of a point" in June, mostly because of higher prices for beef.

Kisfaludvary said the index had gone up 1 per cent or less in each of the last three years. "The last time it went up 3 per cent in a year was 1957, and that was the year everybody talked about inflation", he said.

About 1,100,000 workers whose wages are tied to the index will get no change in pay this quarter, the department said.

In a second report, the department said the take-home pay of a factory worker with three dependents was $82.47 a week in May, up 39 cents from April. It said his "real" earnings, after allowing for prices, were 2 per cent above a year earlier.

Ottis V. Jiuleanu, research director of the United Federation of Clothing Workers, said the steady index proved that last year's wage increases had not caused inflation.

"Our members got raises last year and prices stood still. That ought to end the argument, but I know it will not", he said.

A spokesman for the Food Chain Institute said beef prices would go up in June and July because the feed lots had sent fewer cattle to market in the spring. He said pork and chicken would be cheaper.

"The housewife who watches the meat counter will not feel the index at all this summer", he said.

He said the chains expected beef prices to come down again in September, when the grass-fed cattle from the ranges reached the market.

According to the institute, the average family spent $26.10 a week for food in May, against $25.80 a year earlier.

The institute said the chains had cut the prices of canned fruit and vegetables in May to clear last year's pack. It said the new pack would come in at higher prices because of the spring frosts in California.

A housewife shopping in a supermarket here said she had been paying more for hamburger every week since Easter.

"Coffee is down and hamburger is up, and I buy more hamburger than coffee", she said. She would not give her name.

Kisfaludvary said the index for medical care had risen every month but two since 1956. "Doctors, hospitals and drugs. That is where the money goes now", he said.

He said the department would publish the June index on July 21.
'''
