# Hand-written article texts for devset18, part 1 (soc01-soc06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. The women's and society
# pages ("soc") of 1961: a garden club's show, a charity ball committee and a church bazaar, a
# PTA meeting, a hospital auxiliary and an alumnae luncheon, a League of Women Voters forum, a
# cotillion committee; a file holds one story or two, each under its own headline.
T = {}

T["soc01-cottesford-garden-club-show.txt"] = '''
Garden club show draws 1,400 to armory

More than 1,400 persons walked through the Thistleford Armory yesterday to see the spring flower show of the Cottesford Garden Club, the largest the club has held in its 31 years.

Mrs. Corbet H. Vennell, chairman of the show, said the club had counted 612 entries in 40 classes, against 455 last year. "We had to borrow tables from two churches and the Grange", she said. "Next year we will need the whole armory, balcony and all".

Mrs. Vennell said the forced branches had been the surprise of the show. She added that the late, cold spring "sent everybody down to the cellar with a pair of shears".

The blue ribbon for the best arrangement in the show went to Mrs. Ione Gaukroger, of 27 Wicket Lane, for a tall piece of forsythia and pussy willow in a copper kettle. Mrs. Gaukroger said she had cut the forsythia in February and forced it in her cellar beside the furnace. "My husband says the cellar is for coal, not for flowers", she said.

The judge, Mrs. Romilly Vevers, of the state federation of garden clubs, said the arrangements were the best she had seen in the county in ten years. She added that the junior classes "were as good as some of the grown-up classes I judge in the city".

Three Vennells showed flowers. The chairman's daughter, Miss Perdita Vennell, 16, took first prize in the junior class with a dish garden of mosses and ferns. She said she had gathered the mosses along Quillet Creek "on the one warm Saturday we had in March".

Her aunt, Mrs. Ianthe Vennell, the wife of the chairman's brother-in-law, won the tulip class for the third year in a row. "I do not know what I do to them. I just leave them alone and they come up", she said.

The chairman said she had taken no part in judging her family's entries. "The judges never know whose flowers they are looking at, and I stayed in the kitchen with the coffee urns all morning", she said.

The club's president, Mrs. Tarquin L. Ockenden, said the proceeds, about $700, would buy dogwoods for the grounds of the new Yarnfield Street School. The club has planted 300 trees along the town's roads and school yards since 1948, she said.

Her husband, Tarquin L. Ockenden, whose dahlias won three prizes, said he had been growing them for 30 years. "My wife runs the club and I run the dahlias, and we do not interfere with each other", he said. "It is the only way to stay married".

Mrs. Ockenden said the club would hold its fall show in the armory in September. "We want the men to enter more", she said. "My husband cannot win everything, though he tries every year".

One visitor said she had driven 40 miles to see the roses and had found only two.

Mrs. Gaukroger said she would show the kettle again in the fall, with bittersweet in it. "The kettle has won more ribbons than I have, and it does not even water the plants", she said.

The hospitality chairman, Mrs. Orlena Cheesewright, said the members had baked 90 dozen cookies for the tearoom. She said the tearoom had run out of everything but tea by 3 o'clock.

Miss Vennell said she would enter the senior class next year. "Mother says I have to, so that I stop winning the easy one", she said.

Tea was poured in the afternoon by Mrs. Caradoc B. Dewhirst and Mrs. Nerys Yewdall.
'''

T["soc02-snowflake-ball-guild-bazaar.txt"] = '''
Committee sets plans for Snowflake Ball

Plans for the 14th annual Snowflake Ball, which will be given Dec. 9 at the Hotel Penhale for the benefit of the Brackenford Children's Home, were made yesterday at a luncheon meeting of the ball committee at the home of Mrs. Alban G. Mallinder, 40 Beechcroft Road.

Mrs. Mallinder, who is chairman of the ball for the second year, said the committee hoped to raise $12,000, enough to pay for a new wing of dormitory rooms. "Last year we raised $9,400 and spent every penny of it on the roof", she said. "This year we want the children to see something they can live in".

Mrs. Sidonie Thewlis, in charge of tickets, said 180 of the $25 tickets had already been sold. She added that the ball would be limited to 400 couples "because the Penhale ballroom will hold no more without someone dancing in the lobby".

Mrs. Thewlis said the committee had written to 1,100 families. "We write to everybody who came last year and to everybody who should have come", she said.

The decorations chairman, Mrs. Hywel R. Unsworth, said the ballroom would be hung with white birch branches and silver paper. Her husband, Hywel R. Unsworth, an architect, has drawn the plans for the decorations.

"He drew a snowflake on the back of an envelope at breakfast and I told him to keep going", Mrs. Unsworth said.

Unsworth said he had "never worked for a stricter client or a cheaper one". He said the birches would come from his brother's woodlot.

Music will be by Orlan Keighley and his orchestra.

The home's superintendent, Mrs. Morwenna Jowett, thanked the committee. She said the home had 62 children this winter, the most since 1946. "Every one of them knows about the ball, and some of them think they are invited", she said.

Mrs. Mallinder said they would be, in a way. "We are going to give the children their own party in the afternoon, with the same birches and the same orchestra", she said.

Guild plans church bazaar

The Women's Guild of Holmcroft Methodist Church will hold its annual bazaar Friday and Saturday in the parish hall, 210 Sowden St.

Mrs. Imogen Rawnsley, president of the guild, said the bazaar would have 14 tables of fancy work, baked goods, preserves and white elephants. "The white elephant table is the one the men like best, and we never know why", she said.

The chairman of the bake sale, Mrs. Jacinta Oddy, said the guild had promised 200 pies and would have them. She said the women had been baking in shifts in the church kitchen for two weeks.

"We put the mincemeat up in October. It has been sitting in crocks in my pantry ever since, getting better", Mrs. Oddy said.

Her daughter, Mrs. Mabyn Oddy Dovey, will be in charge of the children's table. She said the children's table would sell nothing over a dime.

The guild's treasurer, Mrs. Parthenia Eyles, said last year's bazaar had cleared $1,860, the most in the guild's history.

Proceeds will go toward new hymnals and a runner for the center aisle, Mrs. Rawnsley said.

One member said the guild had made more on its preserves last year than on everything else put together.
'''

T["soc03-yarnfield-street-pta.txt"] = '''
PTA hears principal on crowded classes

Crowded classrooms at the Yarnfield Street School will get worse before they get better, the principal, Gwilym Achurch, told the Parent-Teacher Association last night.

Achurch said the school, built in 1924 for 420 pupils, now had 611. "We have a class in the basement and a class on the stage of the auditorium, and next fall we will have one in the hall", he said.

He said the Board of Education had promised an addition of eight rooms, but not before 1963. "I have a letter that says so, and I have had letters before", he said.

The association's president, Mrs. Hyacinth Hinchliffe, said the PTA would write to every member of the board before its December meeting. "We have been patient for three years, and patience has given us a class in the basement", she said.

Her husband, Ranulf Hinchliffe, a member of the association's building committee, said the committee had counted the children under school age in the district, house by house. "There are 340 of them on these streets, and they are all coming here", he said.

Mrs. Hinchliffe said her husband had done most of the counting himself. "He knows every baby carriage between here and the river", she said.

Hinchliffe said the committee would give its count to the board. He added that the board's own figures "stop at the first grade, as if nobody had been born since".

A fourth-grade teacher, Miss Honorine Trickett, said her class of 41 had 27 desks. She said the other children sat at two long tables borrowed from the cafeteria.

"They are good children, but 41 is too many for any teacher to know well. I find out in March which ones cannot read", she said.

One mother asked whether the children in the basement had enough light. Achurch replied that the board had put in new fluorescent lamps in October and that the room was "brighter than my office, if that is saying much".

Asked by another parent whether double sessions were possible, Achurch said the board had considered them for the fall and had put them off for a year.

A father in the back of the room said the whole board ought to spend a day in the basement.

The program, "Bedtime and the Picture Tube", was given by Dr. Meurig Foulds, a pediatrician. Foulds said the average child in the district watched television 22 hours a week, "which is more time than he spends on anything but sleep and school".

He urged parents to keep the set out of the children's bedrooms. "A child who falls asleep to gunfire is not a rested child", he said.

Foulds said he did not believe that television was all bad. He added that some of the programs for children "are better than the books I was given at their age, and some are a great deal worse".

The treasurer, Mrs. Sanchia Naylor, reported that the association had $412 in its fund. She said the money would buy a record player for the kindergarten and a set of encyclopedias for the library corner.

Mrs. Naylor added that 212 families had paid their dues this year, against 174 last year. "It is the basement that did it. Nothing brings a mother to a meeting like a basement", she said.

Refreshments were served by the mothers of the fifth grade.
'''

T["soc04-eastmead-auxiliary-alumnae.txt"] = '''
Hospital auxiliary gives $18,000 for nursery

The Women's Auxiliary of Eastmead Hospital presented a check for $18,000 to the hospital yesterday at the auxiliary's annual luncheon at the Oxendale Country Club, attended by 210 members.

Mrs. Cadwal W. Lumley, the auxiliary's president, said the money had been raised by the gift shop, the snack bar and the fall rummage sale. "Our members gave 21,000 hours last year, and not one of those hours was paid for", she said.

The hospital's administrator, Loftus Midgley, accepted the check. He said it would pay for a new nursery of 24 bassinets on the third floor, to be opened in April.

He said births at the hospital had risen from 1,140 in 1955 to 1,690 last year, and that the old nursery had been built for 14 bassinets.

"The women of this auxiliary have built more of this hospital than the county has", Midgley said.

Among the members honored for 1,000 hours of service were Mrs. Eulalia Shillito and her daughter-in-law, Mrs. Tamar Shillito. The elder Mrs. Shillito said she had worked in the gift shop every Tuesday since it opened in 1949.

"I have sold the same china dog four times. People give it back to the rummage sale and somebody else buys it", she said.

The younger Mrs. Shillito, who runs the snack bar, said the bar had sold 41,000 cups of coffee last year. "Most of them to doctors, who never have change", she said.

Mrs. Lumley was re-elected president. She said the auxiliary's goal for next year was $25,000, for a new waiting room in the emergency ward. She added that the auxiliary needed 60 more members "and we do not care whether they can knit".

Her husband, Cadwal W. Lumley, the hospital's board chairman, said the board would name the new nursery for the auxiliary. "It is the least we can do, and it is all they will let us do", he said.

Alumnae hear college president

Dr. Cordelia Fawthrop, president of Ravenhurst College, told 130 alumnae at a luncheon yesterday at the Hotel Penhale that the college would admit 40 more freshmen next fall than it did this year.

She said the college had received 1,100 applications for 260 places.

"We are turning away girls we would have been glad to have ten years ago, and it is not easy to write those letters", she said. "Every one of those girls would have been a credit to the college.

"Some of them are the daughters of women in this room, and I have had to tell their mothers so".

Dr. Fawthrop said a new dormitory for 120 students would open in 1963. She said the trustees had borrowed $1,400,000 from the federal college housing program to build it.

She said the college would raise its tuition by $150 next fall. "We have held the line for four years, and the line has moved on without us", Dr. Fawthrop said.

The president of the Thistleford chapter, Mrs. Mauger J. Yeadon, said the chapter's scholarship fund had reached $6,000. She added that the chapter would give two scholarships next fall instead of one.

Mrs. Yeadon's daughter, Miss Berenice Yeadon, a senior at the college, spoke for the students. "The library closes at ten o'clock, and that is the only thing all of us agree is wrong with the place", she said.

Her mother said afterward that she had said the same thing about the library in 1936. "Nobody listened to me either, and nobody will listen to her", Mrs. Yeadon said.
'''

T["soc05-voters-league-bond-forum.txt"] = '''
Voters league forum debates bond issue

Speakers for and against the $4,200,000 school bond issue that will be on the ballot Nov. 7 met last night at a forum of the League of Women Voters of Thistleford in the Public Library auditorium. About 160 persons attended.

The moderator, Mrs. Peverell A. Thackwray, president of the league, said the league had taken no stand on the bond issue. "We are here to give the voters the facts, and the voters are here to decide", she said.

Mrs. Flavia Openshaw, chairman of the Citizens Committee for Better Schools, said the bonds would build two elementary schools and an addition to the high school. "Every one of these rooms is needed now, not in 1965", she said.

She said the city's schools had grown by 2,300 pupils since 1955, and that 19 classes were meeting in rented church basements.

Piran Isherwood, president of the Thistleford Tax League, said the city could not afford the bonds on top of the sewer bonds voted last year. He contended that the tax rate would rise by $4.10 a thousand "and the man who owns a $12,000 house will pay every cent of it".

Isherwood conceded that the schools on the east side were badly crowded. But he said the Board of Education had never shown the voters a plan for using the buildings it already had.

Mrs. Openshaw replied that the board had used every building it had "and some buildings it did not have". She said the rise in the tax rate would be $2.60, not $4.10, according to the city controller's figures.

She said the state would pay 38 per cent of the cost of the two elementary schools under the state aid law, "which Mr. Isherwood has not mentioned once tonight".

"Mr. Isherwood has added the sewer bonds twice. I have checked it, and the controller has checked it", she said.

Isherwood said he would be glad to see the controller's figures. He insisted that the board had "spent the last bond money on marble and will spend this on more marble".

"I am not against schools. I am against paying for them twice", Isherwood said.

One woman in the audience asked whether the new schools would have cafeterias. Mrs. Openshaw said the two elementary schools would have cafeterias and the high school addition would not.

"We would rather have classrooms than a place to eat. The children can carry their lunches, as their mothers did", she said. "But nobody has yet found a way for a child to carry a classroom to school on the bus.

"That is what the bonds are for, and that is all they are for".

Isherwood's wife, who sat in the front row, said afterward that she would vote for the bonds. "We have been married 26 years and we have disagreed about everything that was ever on a ballot", Mrs. Piran Isherwood said.

The league's voters service chairman, Mrs. Demelza Lister, said the league would mail a fact sheet on the bond issue to 9,000 homes next week. She said the sheet would give "both sides, in the same size type".

Mrs. Thackwray said the league would hold a second forum Oct. 30 on the proposed city charter. She added that men were welcome at league forums "and a good many of them were here tonight, to judge from the questions".
'''

T["soc06-holly-cotillion-committee.txt"] = '''
Cotillion committee names 22 debutantes

Twenty-two young women will be presented at the Holly Cotillion on Dec. 28 at the Cottesford Country Club, the cotillion committee announced yesterday.

Mrs. Sayward P. Quickfall, chairman of the committee, said the list had been drawn from 35 names proposed by members of the club. "It is the hardest list we make all year, and some of my friends will not speak to me until spring", she said.

The chairman's daughter, Miss Venetia Quickfall, 18, a freshman at Ravenhurst College, is among the debutantes. Mrs. Quickfall said she had left the room while her daughter's name was discussed.

Her sister-in-law, Mrs. Gwendolen Quickfall, vice chairman of the cotillion, said the committee had voted on Miss Quickfall's name "without her mother and without a single objection".

The debutantes will be presented by their fathers and will be escorted by cadets from the state military academy. Each will carry a nosegay of white roses and holly.

Sayward P. Quickfall, who will present his daughter, said he had been practicing the bow in the hall at home. "My wife says I bow like a man looking for a dropped dime", he said.

Quickfall added that he had been told to wear white gloves "and to keep them on, whatever happens to the punch".

Miss Quickfall said she had not wanted to be presented at first. "I thought it was something out of my grandmother's day. Then I saw the dress", she said.

She said the debutantes had met for the first time at a tea at the club last week. "Half of us went to school together, and the other half we will know by Christmas", Miss Quickfall said.

The dancing master, Aurel Gadsby, who has trained the debutantes of the cotillion since 1947, said rehearsals would begin Dec. 10 at the club. He said the girls would learn the grand march and two waltzes.

"The girls learn fast. The fathers are the problem, and the fathers are always the problem", Gadsby said.

The committee said each debutante's family would pay $150 toward the cost of the evening.

Mrs. Gwendolen Quickfall said that her own daughter, Miss Melisande Quickfall, had been presented in 1958 and was now married and living in Ohio. "She says she still has the nosegay, pressed in a book", she said.

Proceeds of the cotillion, the committee said, will go to the Cottesford Visiting Nurse Service for a second car for its nurses.

The committee's treasurer, Mrs. Ambrosine Tuffnell, said last year's cotillion had given the nurse service $2,700. She said the committee hoped to give $3,500 this year "if the fathers are generous and the weather is kind".

The nurse service's director, Miss Una Sugden, said the service's one car had gone 61,000 miles in three years. "We would take a second car with holly on it or without", she said.

Mrs. Tuffnell's daughter, Miss Isolde Tuffnell, will be presented by her grandfather, Vachel Tuffnell, 81, whose own daughters were presented at the first Holly Cotillion in 1928. He said he had not missed a cotillion since. "I have danced with three generations of this family, and I will dance with the fourth if they will wait for me", he said.

Mrs. Quickfall said the committee would meet again Nov. 30 to choose the orchestra. "We have heard four, and the girls want the one their fathers do not", the chairman said.

'''
