# Hand-written article texts for devset26, part 2 (awd07-awd12). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. A public library's new
# branch, a historical society's find of letters of 1862, a choral society's 50th anniversary, a
# city's new arts council, a theater award to a local actress, an author's prize and his
# publisher's statement.
T = {}

T["awd07-vrbaton-library-kovarik-branch.txt"] = '''
Library opens Kovarik branch on east side

The Vrbaton Public Library opened its first branch in 22 years yesterday, a one-story brick building on Jilecek Avenue that holds 14,000 books and was lent 611 of them before it closed at 9 p.m.

The branch stands on land given to the city by the late Orris Kovarik, a dairyman whose farm once covered most of the east side. It cost $138,000, with the books and the furniture, according to the librarian, Miss Berniece Stolarzyk, who said the building had come in "$2,000 under the estimate, which I am told has never happened in this city before".

Mayor Harlen Gawronik cut the ribbon. He said the east side had grown from 4,000 persons to 19,000 since 1946, "and until today the nearest book was two miles and two bus fares away".

"A library branch is cheaper than a police station, and it does some of the same work", the mayor said.

The president of the library board, Jeral Dubecky, said the board would ask the city for money for a second branch, on the west side, in next year's budget. He said the new branch would be open six days a week, from 10 a.m. to 9 p.m.

Kovarik's son, Delford Kovarik, who still lives in the farmhouse on Jilecek Avenue, said his father had wanted the land used for "something that would outlast the cows". The old man, he said, had read three newspapers a day and had never owned more than 12 books.

"He borrowed everything else. He used to say a man who buys a book he could borrow is a man with too much money", Kovarik said.

The first card was given to his granddaughter, Vonda Kovarik, 9, who took out two books about horses. Vonda, who is in the fourth grade at the Slowikowski School, said she would bring them back "on time, because my grandfather's name is on the door".

The board said in a statement that the branch had been named for Kovarik by a vote of the board in January, and that a portrait of him, painted from a photograph, would hang over the charging desk.

The children's room, at the back of the building, has 5,200 books and low tables for 40. The children's librarian, Mrs. Nelda Jarzabek, said 212 children had signed up for cards on the first day. "Most of them came with their mothers, and about half of the mothers signed up too", she said.

She said she would read stories aloud on Saturday mornings, starting this week with "Pony Summer", a book she said "every girl in the fourth grade has asked me for".

Miss Stolarzyk said the branch would have a reading room for newspapers and magazines "for the men who come in to get out of the weather, who are as welcome as anybody". She said the staff of five had been hired from the neighborhood.

Asked whether the branch would stay open on Sundays, she said the board had not decided the question yet. A councilman who was present said the city could not afford it.

The main library, on Plesnik Square, was built in 1911 and has not been enlarged since 1939, the librarian said. She said the main library had lent 384,000 books last year, "more than twice as many as it was built for".

Dubecky said the board had chosen the architect, a Vrbaton firm, Kubista & Vodicka, "because they promised us a building with windows you can open, and they kept their word".
'''

T["awd08-wislaton-historical-letters-1862.txt"] = '''
Civil War letters found in farmhouse wall

Forty-one letters, most of them written by a Wislaton County soldier and his wife in 1862 and 1863 were found last month in the wall of a farmhouse on Klenovsky Road, and the Wislaton County Historical Society showed them last night to 180 members and guests.

The letters were found by Duwayne Jastrzebek, a surveyor for the state highway department, when a crew began tearing down the house to make way for the new Route 30. The soldier who wrote most of them, Sgt. Kasimir Jastrzebek of the 14th Wislaton Volunteers, was his great-grandfather.

"I was looking at the wall to see which way the beams ran, and there was a tin box behind the lath with the lid rusted shut", Jastrzebek said. "I did not know whose letters they were until I saw my own name on the first one".

The society's president, Dr. Normand Sliwinek, a dentist, read from several of the letters. He said they were "the best account of a private soldier's year in the war that this county has ever had, and very nearly the only one".

In a letter dated Sept. 20, 1862, three days after the battle at Antietam Creek, the sergeant wrote to his wife: "We lay in the corn all the forenoon and I did not fire my gun once, and then we went forward and I fired it 40 times. I am not hurt. Tell the boy I am not hurt".

He wrote in October that the regiment had marched 90 miles in six days "on one pair of shoes among every three men, and I am not one of the three".

A letter from his wife, Elvira Jastrzebek, found in the same box, told him the wheat was in. "The roof does not leak except over the cow, and she does not complain", she wrote. "The boy asks every night when you are coming and I say after the corn".

Dr. Sliwinek said 32 of the letters were the sergeant's and eight were his wife's. The 41st, he said, was from the regiment's captain, Ivory Pazdernik, and was dated Dec. 16, 1862.

The captain told her in it that her husband had been wounded at Fredericksburg "in the left arm, not dangerously, and he asks me to say that he will write soon with the other one".

"He did write with the other one. The next letter is in a hand you can hardly read, and it is the longest letter in the box", Dr. Sliwinek said.

The society's curator, Miss Zelda Kominek, said the letters had been kept dry by the tin box and the plaster "better than we could have kept them in a museum". She said they would be copied by typewriter before anyone was allowed to handle them.

Sgt. Jastrzebek came home in 1864 and farmed on Klenovsky Road until he died in 1901, according to the society. No one in the family knows why the letters were put in the wall.

Jastrzebek said his grandmother had talked of a box of letters "that somebody had put away so well that nobody could find it", and the family had always supposed it was lost. He said the family would give the letters to the society.

"They belong to the county more than to us. He was only ours for 39 years after the war", he said.

One member of the audience asked whether the boy in the letters was still remembered in the family. Jastrzebek said the boy was his grandfather, who had died in 1938 "still calling the Fourth of July after the corn".
'''

T["awd09-olszaburgh-choral-society-fifty.txt"] = '''
Choral society marks 50th year with founder's daughter

The Olszaburgh Choral Society sang Haydn's "The Creation" last night at the Gruszczak Memorial Hall for its 50th anniversary, with the founder's daughter, who sang alto in its first concert in 1911, in the front row of the chorus.

Miss Maxine Wronczak, 71, is the only one of the 42 singers of 1911 still in the society. Her father, Vaclav Wronczak, an organist who came to Olszaburgh from Bohemia in 1904, founded it in the basement of St. Ludmila's Church with 42 singers and one piano.

"He paid the piano tuner out of his own pocket and told my mother it was the milkman", Miss Wronczak said after the concert.

She said her father had rehearsed the chorus on Tuesday nights "for 25 years, and never once began a minute late, even the night I was born".

The society's conductor, Burnell Gruszczak, whose grandfather gave the money for the hall, said the 164 singers of last night were "the largest chorus the society has ever put on a stage, and one of the best". He said 31 of them were in high school.

Before the concert the society's president, Mrs. Merna Orzechowiak, read a letter the founder wrote to the members in 1936, when he gave up the baton. "I leave you no rules but one. Sing as if the neighbors were listening, because they are", Wronczak wrote.

Mrs. Orzechowiak said the letter had been framed and hung in the rehearsal room since 1936. "Every new member reads it on the first night. Some of them read it twice, since the neighbors really are listening", she said.

She also read a telegram from a former member, Lowen Jablonczyk, who sings in opera in New York: "Fifty years and not one of you has learned to breathe in the right place. I am proud of you all. Sing the last chorus for me".

The oldest man in the chorus, Kemper Szewczak, 78, who has sung bass since 1919, said the society had missed only one season, in 1918, "when the influenza closed the churches and the halls and everything but the saloons".

"I have sung the Haydn nine times with this society. I think I am beginning to understand it", Szewczak said.

Miss Wronczak said her father would have liked the size of the chorus but not the length of the applause. "He used to say that clapping was the audience's way of telling you to go home", she said.

The society, which has 212 members, will give a second anniversary concert in May, Mrs. Orzechowiak said. She said it had been asked to sing in Pittsburgh next winter, "and we have said yes before anybody could think of a reason to say no".

Gruszczak said the society had commissioned a setting of the 100th Psalm for the May concert from an Olszaburgh composer, Waylon Sedlak, whose mother sings in the sopranos.

Mayor Verland Cebulak, who was in the audience, proclaimed the week Choral Society Week. He said the society had sung at the funerals of three mayors "and not one of us has had a complaint".

The concert was sung before 1,350 persons, and the hall was sold out for the first time since 1948, according to the society's treasurer, Ormand Kwiatkowiak. He said the society would end the year "with money in the bank, which the founder would have found suspicious".

Miss Wronczak said she would keep singing "until Mr. Gruszczak asks me to stop, and he is much too polite".
'''

T["awd10-bukowton-arts-council-mayor.txt"] = '''
Mayor names 15 to new arts council

Mayor Delmont Wisniewczyk named 15 persons yesterday to the new Bukowton Arts Council, created by the city council last week by a vote of 7 to 2, and said the city would spend $12,000 on it in its first year.

The mayor said the arts council would advise the city on "every public building, public statue and public concert, and on anything else that the public has to look at for 50 years".

"We have built three schools and a city hall since the war, and nobody asked an artist about any of them. You can tell", he said at a news conference in his office.

The council's chairman will be Mrs. Charmaine Piekarczyk, a former president of the Bukowton Symphony Society. She said the council would meet for the first time on May 3, and that its first work would be to choose "a decent fountain for Market Square, to take the place of the one the trucks keep backing into".

Mrs. Piekarczyk said she had told the mayor she would serve for one year only. "He said that is what everybody says, and he is right", she said.

Among the 15 is the mayor's brother, Waylon Wisniewczyk, a commercial artist who designs labels for the Kapustka Canning Co. The mayor said he had appointed his brother "not because he is my brother but in spite of it".

"He has told me for 30 years that I have no taste. Now he can tell the whole city", the mayor said.

His brother, reached at his studio, said he had not asked for the appointment and had "told my brother so, at some length, at Sunday dinner".

"I will vote against him whenever I can. It is the only way anybody will believe I was not appointed for my good looks", Wisniewczyk said.

One of the two councilmen who voted against the ordinance, Councilman Darwood Rzepczyk, said the arts council was "a committee to spend tax money on pictures while the sewers on the south side back up every spring".

Rzepczyk said he had nothing against art or artists. "I have a picture in my living room. My wife bought it, and I paid for it, and nobody asked me either", he said.

The mayor replied that the $12,000 was less than the city spent each year on the flower beds at City Hall, and that the sewers on the south side "will be fixed this summer, art or no art".

The Bukowton Symphony Society said in a letter to the mayor that it would give the council an office in its building on Drozdek Street without rent. The letter was signed by the society's manager, Vestal Mrazowski.

The other members of the council are a school principal, two architects, a minister, a union official, the director of the Bukowton Art Association, four businessmen, two housewives and a high school senior, Lenora Tomczyk, 17, who paints.

Miss Tomczyk said she had been told of her appointment by the principal during a chemistry examination. "I finished the examination. I do not think I did very well on it", she said.

The director of the Bukowton Art Association, Mrs. Arvella Sowinek, said her association had asked the city for an arts council "in 1949, in 1953 and in 1957, and we were beginning to feel like a stuck record".

The council will report to the mayor twice a year, the ordinance says.
'''

T["awd11-dubnafield-players-award-actress.txt"] = '''
Players give their cup to Mrs. Vojtisek

Mrs. Roxanne Vojtisek, who played the mother in the Dubnafield Community Players' production of "The Glass Menagerie" last fall, was given the Players' annual award for acting, the Kolacek Cup, at the group's dinner last night.

She is the first actress to win the cup twice. She won it in 1955 for her Mrs. Antrobus in "The Skin of Our Teeth".

The Players' president, Thornell Hudecek, presented the cup. He said the vote of the 96 members had been "the most lopsided in the 27 years of the award, and we have had some lopsided ones".

Mrs. Vojtisek said in accepting the award that she had tried for six weeks to find the mother "somewhere in myself, and found her, to my horror, at my own breakfast table".

"I have been telling my daughter to sit up straight for 14 years. I just did it louder and in a Southern accent", she said.

Her husband, Kenley Vojtisek, a pharmacist, ran the lights for the production. He said he had missed a cue on the opening night "because I was watching her instead of the script, which is the best review I can give".

Vojtisek said the couple had met in the Players' production of "Our Town" in 1946. "She was Emily. I was the third man in the cemetery from the left", he said.

Their daughter, Marlys Vojtisek, 14, who sat at the head table, said her mother had rehearsed the part "in the kitchen, in the car and once in church, under her breath". Miss Vojtisek said she meant to try out for the Players herself next year.

The Dubnafield Gazette's drama critic, Merlyn Zelinka, wrote in November that her Amanda was "the best piece of acting on a stage in this county since the war, professional or otherwise". Zelinka, who was at the dinner, said he still thought so.

"I have been wrong about a great many plays. I was not wrong about this one", he said.

The play's director, Miss Ilene Dudzinek, a high school English teacher, said Mrs. Vojtisek had come to the first rehearsal with her part already learned. "Nobody does that. I asked her to forget half of it so the rest of the cast would not feel bad", she said.

Hudecek also read a letter from last year's winner, Mrs. Luella Grzybowiak, who moved to California in January. In the letter to the committee, Mrs. Grzybowiak said she had given up the cup "gladly, and only because I am 3,000 miles away and could not stop you".

"Tell Roxanne to polish it. I did not, and I am sorry", she wrote.

The cup, a silver loving cup, was given to the Players in 1934 by the late Jody Kolacek, who founded the group and directed its first 40 plays, according to Hudecek.

He said the Players would do "Harvey" in April and a new play by a Dubnafield writer in June. He would not say who the writer was.

The award for a supporting part went to Tyrone Modracek, 19, a sophomore at a college in Pittsburgh, for the gentleman caller in the same production. Modracek said he had been "scared to death of Mrs. Vojtisek for six weeks, which turned out to be just what the part needed".

Mrs. Vojtisek said she would not be in either. "I am going to sit in the audience and criticize, which is what I have wanted to do for 15 years", she said.
'''

T["awd12-brzozak-novel-prize-publisher.txt"] = '''
Hruskaton novelist wins $5,000 fiction award

Elburn Brzozak, a Hruskaton high school teacher whose first novel, "The Foundry Sunday", was published last spring, has won the $5,000 Borsukiewicz Award for fiction, the Jaworburgh Literary Guild announced yesterday.

The award is given each year for "a book of fiction by an American writer that tells the truth about the way Americans work", the guild said. It was begun in 1949 by the late Delwin Borsukiewicz, a Jaworburgh steel executive who wrote four novels of his own.

The citation, which the guild's president, Mrs. Oleta Rybarczyk, read at a luncheon in the Jaworburgh Club, said the novel was "about one Sunday in one family, and about the other six days that make the Sunday what it is".

"Mr. Brzozak has written a book about work without a single speech in it. We thought that could not be done", the citation said.

Brzozak, 39, has taught English at Hruskaton Senior High School for 14 years. He said in accepting the award that he had written the novel "on the kitchen table, between ten at night and one in the morning, for five years".

"My wife deserves half of this money and my students deserve the other half, since I was asleep in most of their classes", he said.

His father, Vaden Brzozak, who worked 41 years in a Hruskaton foundry and retired last fall, sat beside him. The elder Brzozak said he had read the book twice "and found myself in it three times, and my foreman once".

"He asked me in 1955 what a man thinks about when he pours iron. I told him. I did not know he was writing it down", the father said.

Brzozak's wife, Mrs. Elburn Brzozak, said she had typed the manuscript twice "and would not do it a third time for the whole $5,000". She said the couple would use part of the money to pay for a new roof.

The statement, issued by his publisher, the Potocny Press of New York, said the novel had sold 22,000 copies since April and had been bought for publication in England and Sweden. The statement said the press would bring out a second printing of 10,000 copies next month "to meet the demand the award has made".

His editor at the Potocny Press, Miss Dolores Sikorczak, who came to Jaworburgh for the luncheon, said the manuscript had come to her "in three grocery cartons, tied with clothesline, with no letter".

"I almost sent it back unread. I have never been so glad to be too busy to do something", she said.

Brzozak said he was at work on a second novel, about a foundry strike, but would not say when it would be finished. He said he would go on teaching at the high school.

"A man who writes about work ought to keep a job. Otherwise he forgets what Monday morning feels like", he said.

A Hruskaton bookseller, Dwayne Ogorek, who said he had sold 900 copies of the novel since April, most of them to men who work in the foundries, said he had ordered 200 more yesterday afternoon. "Half of them have been reserved already, by people who say they are in the book", he said.

Mrs. Rybarczyk said the guild's jury, three writers and two booksellers, had read 63 novels published in 1960. The award will be presented formally on May 12, according to the guild.
'''
