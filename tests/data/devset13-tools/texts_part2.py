# Hand-written article texts for devset13, part 2 (prs07-prs12). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Each sample runs two or
# three stories together, as the Brown press samples do; a later headline is a Heading in the key.
T = {}

T["prs07-moorgate-transfers-railroad.txt"] = '''
Board hears parents on school transfers

The Glenwhistle Board of Education heard 31 speakers in five hours last night on a plan to let 140 Negro pupils transfer from the overcrowded Moorgate School to four schools in the north end of the city, where the pupils are nearly all white.

Dr. Bartlemy R. Vosper, superintendent of schools, opened the hearing. He said the Moorgate School, built for 600 pupils, now held 940, and that classes were meeting in the basement and "in two rooms that were built to hold coal".

Dr. Vosper answered questions from the floor for an hour while the board's president, Mrs. Hereward P. Sallis, kept the clock. She said afterward that the board would vote on the plan at its meeting Dec. 12 and not before. Mrs. Sallis said the board had received 212 letters about the plan, "about half of them signed".

"We are not asking for favors. We are asking for seats", said the Rev. Jocelin A. Pettway, pastor of the Truscott Avenue Tabernacle and chairman of the Glenwhistle Committee for Equal Schools. "The seats are there. We have counted them".

Mr. Pettway said 38 of the Moorgate children walked past two half-empty schools every morning on their way to class.

Bardolph C. Yelland, a father of three at the Fennerby School, said the north end schools were "full enough already, whatever the superintendent's figures say".

"I am not against anybody in this room", he said. "I am for my own children, and I do not apologize for it".

"Let the board build a new school in the Moorgate district. That is what we pay taxes for".

Miss Jocasta Perrott, who has taught the fourth grade at Moorgate for 19 years, said her class of 44 met in a room built for 30. "They sit two to a desk and they learn anyway", she said. "I would like to see what they could do with a desk apiece".

The Glenwhistle Committee for Equal Schools said in a statement handed out at the door that it would go to the Federal court if the plan was rejected.

The hearing was orderly. Two policemen stood at the back of the hall, and left before it ended.

Rail head asks end of highway subsidy

The president of a Midwestern railroad said yesterday that his line would drop 11 passenger trains next year and that the railroads were being "taxed to pay for the highways that are putting them out of business".

The speaker, Elphin D. Pendelow, president of the Stourhaven & Northwestern Railroad, addressed the annual dinner of the Glenwhistle Traffic Club. Pendelow said the road had lost $4.2 million on its passenger trains last year.

"Every passenger train we run is a charity", he said. "We would like to be thanked for it once in a while".

Pendelow, who began as a telegraph operator at Lydgate in 1922, said the railroad would keep its two through trains to Chicago "as long as there is one passenger who wants to ride them".

State Public Service Commissioner Oswy L. Torbert sat at the head table with Pendelow and did not applaud. He said later that the commission would hold hearings on the train cuts in January, and that no train would come off "until every town on the line has had its say".

A spokesman for the Brotherhood of Railroad Trainmen said the union would fight every one of the cuts.
'''

T["prs08-stourhaven-concerto-missions.txt"] = '''
Symphony opens season with new concerto

The Stourhaven Symphony Orchestra opened its 22nd season last night in Memorial Hall with the first performance anywhere of a piano concerto by its own conductor, and an audience of 2,300 stood to applaud the soloist.

The conductor, Tiberiu Voinescu, who came to Stourhaven from Bucharest by way of Paris in 1948, calls the concerto "A Prairie Sunday". He told the audience before the performance that the work was "a thank-you letter to the country that took me in". The program notes, written by the composer, call the finale "a square dance for a piano that has never been west of Pittsburgh".

The soloist was Miss Honora Quainton, who is 24 and was born in Stourhaven. She learned the concerto in six weeks, she said, and played it from memory.

Voinescu kissed Miss Quainton's hand at the end of the last movement while the orchestra stood. She said afterward that she had been "more frightened of the composer than of the audience".

"The last movement has more notes than a telephone book", the soloist said. "Mr. Voinescu says they are all necessary. I have my doubts".

"She played it better than I wrote it", Voinescu said.

"I wrote the slow movement in a motel in Nebraska, in a snowstorm. Perhaps you could hear the snow".

The second half of the program was the Brahms Second Symphony, which the orchestra played with more vigor than polish. The hall was sold out for the first time since 1957, according to the orchestra's manager, Salome F. Ambrey.

Mrs. Ambrey said the concerto would be repeated Sunday afternoon and broadcast over WSTV next week.

Mission board to send 40 abroad

The Board of World Missions of the Reformed Brethren Church announced yesterday that it would send 40 new missionaries to Africa and South America next year, the largest group in its history.

Dr. Aubyn S. Wigmore, executive secretary of the board, said the church had raised $1.4 million for the missions this year, "most of it in dollar bills, from people who will never see Africa".

Among the 40 will be Dr. and Mrs. Sewell T. Hatchard of Stourhaven. Dr. Hatchard, a surgeon, will open a hospital in the Kasai district of the Congo with his wife, a nurse. According to Dr. Wigmore, the church now has 212 missionaries in 14 countries.

Mrs. Hatchard said she was not afraid of the fighting there. "The people who are fighting need a hospital more than anybody", she said.

"We have three children. They are coming with us, and the oldest is already learning French".

Her husband, who served in the Army Medical Corps in Korea, said the hospital would have 60 beds "and one X-ray machine, if it gets there".

The board said that the missionaries would be trained for six months at its school in Lydgate, and would sail in September.

Not every member of the board was pleased. One of them, the Rev. Drogo K. Selwood, who served 22 years in Angola, told the board that sending missionaries to the Congo now was "courage, but not good sense, and not good stewardship either". He voted against the plan.
'''

T["prs09-thorne-library-tancock-obituary.txt"] = '''
Library buys Quaker journal for $18,500

The Stourhaven Public Library has bought one of the four known copies of "The Voyage of the Good Intent", the journal of a Quaker merchant printed in Philadelphia in 1698, the library said in a statement yesterday.

The price was $18,500. The statement said the money came from the bequest of a former trustee and that no tax funds were used.

"It is the only copy in private hands that has all its pages, and now it is not in private hands any longer", said Miss Hepzibah Thorne, the city librarian. "The other three are in England, and one of them is missing a map".

Miss Thorne, who has been city librarian since 1946, said she had first seen the book in a dealer's catalogue in 1949 "and I have been saving up for it ever since".

Miss Thorne said the journal describes a voyage from Bristol to the Delaware in 1682 and the first winter of the settlers "in caves dug into the river bank, with a blanket for a door".

The book will be kept in what the staff calls the "treasure room", a fireproof vault in the basement, and shown to the public in the main hall for two weeks beginning Monday.

Judge Hengist R. Drabble, chairman of the library board, had opposed the purchase at the board's September meeting, and Miss Thorne had answered him in writing. He said yesterday that he had changed his mind "after reading the book, which I recommend to the other trustees".

Pelatiah W. Tancock dies at 81; built Tancock Mills

Pelatiah W. Tancock, who started a one-room spinning shop on Mill Street in 1903 and built it into Tancock Mills, the largest employer in the county, died yesterday at his home on Sorrel Terrace. He was 81 years old.

Mr. Tancock retired as president of the company in 1950 but went to his office every morning until last spring. His workers called him "the Old Man of Mill Street", and he signed his Christmas letters to them that way.


"He knew the name of every man in the mill, and the name of every man's wife", said Mayor Cuthred L. Penfold, who went to work in the mill as a bobbin boy in 1919. "When the depression came he cut his own salary first and the wages last".

Kenward B. Tancock, who succeeded his father as president, said the mills would close Monday for the funeral.

"My father never thought of the mill as a business", he said. "He thought of it as a town that happened to make cloth.

"He would walk through the weave room at six in the morning with his hat on, and every loom in the place would run a little better for an hour".

The Rev. Alphege A. Lowry, pastor of the First Methodist Church, where Mr. Tancock taught a men's Bible class for 40 years, said he would preach the funeral sermon from a text Mr. Tancock had chosen himself.

The company said in a statement that Mr. Tancock had given more than $2 million to the county hospital and the public library since 1920, most of it without his name.

Besides his son, he leaves his wife, two daughters and 11 grandchildren. Services will be held at 2 p.m. Monday in the First Methodist Church.
'''

T["prs10-store-sales-seminary.txt"] = '''
Store sales run 6 per cent ahead of 1960

Department store sales in the Stourhaven district for the four weeks ended Saturday were 6 per cent above those of a year earlier, the Federal Reserve Bank of Kenmoor reported yesterday.

Merchants said the first cold weather had brought out the coat buyers a month early.

Thaxter J. Pim, president of the Stourhaven Retail Merchants Association, said the Christmas season would be "the best since 1956, and maybe the best ever, if the snow holds off until the day after".

"People have money in their pockets and they are tired of not spending it", Pim said. Pim, who owns the Pim & Larkworthy department store, said his own store's sales were up 11 per cent.

Pim shared the platform at the association's luncheon with Miss Evadne L. Coverdale, an economist of the Federal Reserve Bank. She said installment debt in the district had risen 9 per cent since June, and that some families were "buying on hope instead of on wages".

"Hope is a good thing at Christmas. It is a poor thing to pay the rent with", she said. Miss Coverdale said she still expected the year to set a record "unless the talk of a steel strike scares people".

The bank's figures showed the largest gains in women's coats, toys and television sets, and a small drop in furniture. The bank said that sales for the year to date were 3 per cent ahead of 1960.

The Kenmoor Gas & Electric Co. asked the State Public Service Commission yesterday for a rate increase of $3.1 million a year, its first since 1953. The company said its costs for fuel and labor had risen 40 per cent in eight years. Its president, Gerontius V. Hurlstone, said the increase would add "about the price of a pack of cigarettes a month" to the average home bill. A spokesman for the commission said hearings on the request would begin in February.

Seminary dedicates $900,000 library

The Rt. Rev. Leofwin T. Garside, bishop of the Diocese of Kenmoor, dedicated the new library of St. Aidan's Theological Seminary yesterday and told 400 clergymen and students that "a seminary without books is a Sunday school with a chapel". He said:

"We ask young men to preach to people who read the newspapers every day and the magazines every week. If the preacher has read less than his people, they will know it before the sermon is half over.

"Give them books, and give them time to read the books, and the sermons will take care of themselves".

Bishop Garside said the diocese would need 60 new priests in the next ten years and was ordaining four a year. The building, of Indiana limestone, was designed by a Kenmoor firm and took 18 months to build.

"For 40 years our students studied in the Catacombs", said the Very Rev. Rainald P. Dymchurch, dean of the seminary, using the name the students gave the old library in the basement of the chapel. "Now they will have to find another excuse".

The new building holds 120,000 volumes and has room for 200,000, according to the seminary. Dymchurch said the money was raised in two years from 3,000 donors in 11 states.
'''

T["prs11-ixworth-junior-college-players.txt"] = '''
Ixworth County votes junior college

The Ixworth County Board of Supervisors voted 9 to 2 last night to establish a two-year junior college and to put a $2.5 million bond issue for its buildings on the ballot in May. The vote was taken after a hearing at which 22 persons spoke, 17 of them in favor of the college.

Miss Kerensa P. Lanyon, county superintendent of schools, who has campaigned for the college since 1955, told the supervisors that 600 high school graduates a year now "go nowhere, because nowhere is all they can afford".

"The state university is 140 miles away and it costs $1,400 a year to go there", she said. "A boy who pumps gas in Cressage cannot do it on what he earns".

Dymoke H. Trewin, chairman of the board, said the college would open in rented rooms at the Cressage High School in September, 1962, and would move to its own campus by 1964.

"It is a great deal of money for a county this size", said Supervisor Scudamore R. Tuckwell, who voted against the plan. "I am not against education. I am against doing it all in one year".

Tuckwell said the bond issue would raise county taxes by about $3 a year on a $10,000 house. Trewin, who had figured the cost at $2.40, did not argue with him. He said the voters would decide in May, "and that is where this belongs".

The Ixworth County Taxpayers Association said in a statement that it would not oppose the bond issue if the supervisors promised to hold the college's operating cost to the state aid it receives.

The college will be governed by a board of seven, to be appointed by the supervisors, according to the resolution.

Greenroom Players buy old church

The Greenroom Players, an amateur theater group that has performed in a school auditorium for 12 years, have bought the former Second Reformed Church on Lachford Street for $38,000 and will turn it into a theater of 280 seats.

Mrs. Wraybourne K. Thistleby, president of the group, said the money came from a loan of $25,000 and from the Players' own savings. She said the group's members would do most of the carpentry themselves.

"We have been an angel-less company for 12 years, and we have got used to it", she said, using the theater word for a backer. "Now we will be a company with a mortgage, which is much the same thing". Mrs. Thistleby said the Players now had 140 members, "and every one of them can swing a hammer or is going to learn".

The director, Petronella Rainbird, who came to the Players from a summer stock company in Maine, said the first production in the new house would be "The Orrery", a comedy by a Stourhaven schoolteacher, in March.

Miss Rainbird said the pews would be sold to members at $10 each "as souvenirs, and as a way of raising the money for the seats".

"We will open with the house half-finished if we have to. Audiences like to watch a theater being born".

The Second Reformed congregation moved to a new building in the suburbs last year. Its pastor, the Rev. Cordelius B. Fenhallow, said the old church had been "built for preaching, and I suppose acting is a kind of preaching".
'''

T["prs12-garden-club-bridge-bonds.txt"] = '''
Garden club show draws 3,000

More than 3,000 persons saw the 30th annual chrysanthemum show of the Stourhaven Garden Club yesterday in the armory, and the club's president said it was the largest crowd the show had drawn since the war. The show will be open again today from 10 a.m. until 6 p.m., and admission is 50 cents.

The president, Mrs. Sacheverell L. Pennefather, wore a corsage of bronze pompons grown in her own greenhouse. She said the club would give the $1,900 taken at the door to the children's ward of St. Fiacre's Hospital.

The sweepstakes prize went to Miss Margery Hazelrigg of Elm Avenue for a single white bloom nine inches across, which the judges called "as near perfect as we have seen".

"I have judged shows in six states and I have not seen a better bloom", said Ottwell J. Cantrip, of the state agricultural college, one of the three judges.

Miss Hazelrigg posed for photographers beside the winning flower with Mrs. Pennefather. She said later that she had grown it from a cutting given to her mother in 1931, and that she talked to it "every morning, and twice as long on Sundays".

"The secret is patience and cow manure, and not necessarily in that order", she said. Mrs. Pennefather said the club had 212 members and a waiting list.

Bridge bond issue approved by council

The City Council voted 6 to 1 last night to sell $4.2 million in bonds for a new bridge over the Wendle River at Cressage Street, to replace the iron bridge that has carried traffic there since 1889.

"That bridge was built for buggies, and it has done its duty", said Mayor Cuthred L. Penfold, who proposed the issue. "It is time we let it retire before it retires itself".

The city engineer, Osmer T. Mapplebeck, told the council that the old bridge had been posted for ten tons since 1958 and that its piers were "sound below the water and rotten above it". He said the new bridge would take two years to build.

The Cressage Street Merchants Association, in a letter read to the council, said the old bridge cost its members "a thousand customers a week, every week". A spokesman for the State Highway Department said the department had "no money this year for city bridges".

Councilman Hamlyn G. Sprot, who cast the only vote against the issue, said the city should first ask the state to pay half the cost. He said Cressage Street carried "as much state traffic as city traffic, and more trucks".

Mapplebeck answered Sprot from the other end of the council table. He said the state had already refused once, in 1959, and would refuse again.

The council also voted to buy two fire engines for $61,000.

The directors of the Stourhaven Savings Bank voted yesterday to pay an extra dividend of 1/4 of 1 per cent to depositors at the end of the year, the bank announced. "It has been a good year for savers, and we would like them to know it", said the bank's president, Alcuin W. Dorrington. He said deposits had passed $140 million for the first time. The extra dividend will cost the bank about $350,000, according to Dorrington.
'''
