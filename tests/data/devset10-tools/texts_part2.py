# Hand-written article texts for devset10, part 2 (met07-met12). Same conventions as part 1.
T = {}

T["met07-ostervale-community-chest.txt"] = '''
Community Chest opens $1.1 million drive

The Ostervale Community Chest opened its 1962 campaign last night with a dinner for 600 volunteer workers at the Tremayne Hotel and a goal of $1,140,000, the highest in its 38 years.

"This city has never failed to make its goal, and it is not going to start failing now", said Ellsworth T. Vandermeulen, general chairman of the drive.

Vandermeulen, president of the Ostervale Savings Bank, said the 47 member agencies had asked for $1,310,000 and the budget committee had cut their requests "to the bone and a little past it".

The campaign slogan, "Everybody Gives, Everybody Gains", was spelled out in electric lights above the speakers' table.

Mrs. Clothilde Hoogstraten, who has rung doorbells for the Chest for 22 years, said the hardest part of the job was the first door of the evening.

"Who else is going to pay for the Boy Scouts and the visiting nurses and the home for the aged"? Asked Mrs. Hoogstraten. "Not the Government in Washington, I should hope".

Vandermeulen said advance gifts from business firms were running 6 per cent ahead of last year at this stage. Payroll pledges from the city's three largest plants will bring in $290,000, according to the chairman of the industrial division, Silvanus J. Quartermaine.

Chest officials said 3,100 volunteers had signed up, about 200 more than last year. The drive will close Nov. 20.

Kettles out Friday

The Salvation Army will put its Christmas kettles on downtown corners Friday, a week earlier than usual. Maj. Elspeth Ruddiman said the Army would serve 1,400 Christmas dinners this year and needed 80 more bell ringers.
'''

T["met08-bellhaven-merchants-parking.txt"] = '''
Merchants ask two-hour meters

The Downtown Merchants Association of Bellhaven asked the City Council yesterday to raise the limit on Front Street parking meters from one hour to two, saying shoppers were driving past Front Street to the new Drayhurst Plaza.

In a statement, the association's president, Montague J. Castellane, said Front Street stores had lost 11 per cent of their business since the plaza opened in August.

"The shopper who has to run out every hour to feed a meter will not come back", Castellane said. "She will go where the parking is free and the lot is big".

Tobiah M. Hochreiter, whose family has run Hochreiter's department store on Front Street since 1889, stood beside Castellane at the council table. He said his store had lost more sales this fall than in any fall of the depression.

"We are not crying wolf, gentlemen", he said. "The wolf is already in the parking lot at Drayhurst".

Traffic Commissioner Ulrich L. Pellegrew said the two-hour limit would "fill Front Street with all-day parkers from the office buildings by 9 o'clock in the morning".

The association's members have voted to hold a "Dollar Days" sale Oct. 12, 13 and 14, with free coffee in every store. A banner reading "Shop Front Street First" will be hung across the street at Monument Square.

Several councilmen said privately that they favored a trial of the two-hour meters on two blocks only.

The council referred the request to its traffic committee, which will meet Tuesday.

Stores to stay open Thursdays

Castellane said most of the association's 94 member stores would stay open until 9 p.m. on Thursdays beginning Nov. 2, for the Christmas season.
'''

T["met09-larchmoor-homes-rent.txt"] = '''
Tenants protest rent rise

About 200 tenants of the Larchmoor Homes housing project met last night in the project's community room to protest a rent increase of $4 a month that takes effect Nov. 1.

Mrs. Lavonne Treadgold, chairman of the Larchmoor Tenants Council, said most families in the project were already paying a fourth of their income for rent. She told the meeting:

"My husband works at the foundry and brings home $62 a week. We have three children in school. Four dollars is a pair of shoes.

"They tell us the project has to pay for itself. Then let them fix the elevators in Building C before they raise the rent".

A banner reading "Repairs Before Rent" hung behind the speakers' table.

Isidore M. Plaskett, executive director of the Municipal Housing Authority, said the increase was the first since the project opened in 1951 and higher costs for heat and repairs had made it necessary.

Plaskett said the elevators in Buildings C and D would be repaired "as soon as the parts come from Pittsburgh".

Housing Authority officials said 38 of the project's 612 families were behind in their rent.

Plaskett and the tenants' attorney, Seymour D. Rittenhaus, agreed to meet Monday at the authority's office. He said the authority would open its books to any accountant the tenants chose.

Rittenhaus, who has represented the tenants council since 1958, said the tenants would ask the authority to delay the increase until the elevators were running.

Playground for project

The Board of Estimate yesterday voted $18,500 for a playground between Buildings A and B at Larchmoor Homes. Work will begin in the spring.
'''

T["met10-ridgefell-bus-fare-hearing.txt"] = '''
Bus line seeks 20-cent fare

The Ridgefell Transit Co. asked the State Public Service Commission yesterday for permission to raise its fare from 15 cents to 20 cents, and riders who crowded the hearing at the County Courthouse told the examiner they could not afford it.

The company's president, Tiberius D. Gorsuch, testified that the line had lost $186,000 in the first eight months of the year and would have to drop six routes if the fare stayed where it was.

"We are carrying 31 per cent fewer riders than we carried in 1950", Gorsuch said. "Every family that buys a second car is a family we lose".

For the city, Corporation Counsel Benedikt B. Mackendrick asked Gorsuch why the company had paid a dividend of $1 a share last year. Gorsuch said the dividend had come out of earnings from the company's charter buses.

Mackendrick told the examiner the city would oppose any increase "until this company opens the books on its charter business".

Many of the riders wore paper buttons reading "15 Cents Is Enough".

"Who rides the bus? The maid, the schoolboy and the old man with no car"? Asked Mrs. Philomena Falkenrath of 12 Cullinane St. "Those are the people you are asking to pay".

The examiner, Ptolemy P. Oudekirk, said the commission would not decide the case before Jan. 1.

The commission said in a notice posted after the hearing that written briefs must be filed by Nov. 15.

Cab rates unchanged

The City Council's license committee yesterday rejected a request from the Ridgefell Taxi Owners League for a 5-cent increase in the first-quarter-mile charge. The vote was 4 to 1.
'''

T["met11-quennevale-park-dedication.txt"] = '''
Quennevale Park dedicated

Mayor Cadwallader K. Sallowby dedicated the 42-acre Quennevale Park on Halverstone's East Side yesterday before a crowd of about 1,500 persons, most of them children.

"This land was a gift, and the only way to repay a gift like this is to use it", the mayor said. "I want to see this grass worn thin by next August".

The park was left to the city by the late Jedediah F. Quennevale, a coal dealer, who died in 1959. His widow, Mrs. Jedediah F. Quennevale, cut the ribbon at the Marchmont Avenue gate.

Mrs. Quennevale said her husband had played on the meadow as a boy "when it was still a cow pasture and the cows did not mind".

"Jed always told me a town without grass is a town without children", she said. "I think he would be pleased today".

The bronze plaque at the gate reads "For the Children of Halverstone, Forever". The East Side High School band played "The Stars and Stripes Forever" as the gate was opened.

The mayor called the park "the finest thing to happen to the East Side in my lifetime". He promised that the city would build a wading pool and a shelter house before next summer.

The park will have four baseball diamonds, six tennis courts and a skating pond, according to the park commissioner, Dorian M. Yelverton.

Work on the pool will start in March if the council approves the money at its next meeting, the mayor said.

Library hours extended

The Halverstone Public Library will stay open until 9 p.m. on Mondays and Wednesdays beginning next week. The librarian, Miss Clementina Voorhorst, said students had asked for the later hours.
'''

T["met12-stonebridge-police-grand-jury.txt"] = '''
Grand jury finds police payoffs

The Ravenholt County grand jury said yesterday that gamblers in Stonebridge had paid members of the police vice squad for "protection" for at least three years, but it returned no indictments.

"The evidence leaves no doubt that money changed hands", the grand jury said in its presentments to County Judge Octavius R. Lindenmuth. "It leaves considerable doubt as to whose hands".

The jury said it could not indict because the two chief witnesses, both convicted bookmakers, had refused to testify. It called the vice squad's record-keeping "careless to the point of contempt".

District Attorney Prosper P. Woolcombe said he would ask for a new grand jury in January.

"We are not finished with this, not by a long way", he said.

Police Commissioner Hannibal J. Finchbeck said in a statement that he had suspended two vice squad patrolmen without pay pending a departmental trial. Officials at Police Headquarters said the two men had 31 years of service between them.

Cornelis E. Brathwaite, counsel for the Patrolmen's Benevolent Association, said the presentments had smeared 140 honest men to get at "two or three, if there are even that many".

The inquiry began in May after a newspaper series called "The Stonebridge Numbers Game" named 11 places where bets were taken.

Woolcombe said he had not yet decided whether to ask the state for a special prosecutor.

Patrolman cited for rescue

Patrolman Hubert Q. Ollerenshaw was given the department's gold medal yesterday for pulling a woman and her infant son from a burning car on the Stonebridge Turnpike in August.
'''
