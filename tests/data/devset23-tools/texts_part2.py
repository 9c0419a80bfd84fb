# Hand-written article texts for devset23, part 2 (vis07-vis12): a rock and roll singer and
# a PTA protest, a museum's traveling exhibition with a guard and a schoolteacher, a folk
# singer's concert and a college dean, a disc jockey's marathon, an author's book signing
# with lines read from his novel, an opera singer's farewell.
T = {}

T["vis07-dusty-velour-pta-protest.txt"] = '''
Rock and roll singer answers PTA protest

Dusty Velour, the rock and roll singer, said yesterday that he would "sing the same songs, wear the same clothes and keep the same haircut" at his concert in the Corvaton Armory Saturday night, in spite of a protest by the Corvaton Council of Parent-Teacher Associations.

The council voted Tuesday night to ask the city to cancel the concert. It said in a resolution that the singer's performances "encourage disrespect for parents, for teachers and for the furniture".

The Corvaton Recreation Commission, which rents the armory, said it had no power to cancel a lawful concert for which a lease had been signed.

Velour, whose real name is Nunzio Vallorzi, was born in Corvaton 22 years ago and went to Corvaton High School until he was 16. His record of "Heartache Avenue" has sold more than a million copies.

"I never broke any furniture in my life. I broke a guitar once, but it was my own guitar", he told newsmen in the lobby of the Corvaton House.

His manager, Vito Tomasuolo, said the concert had been sold out for three weeks. The armory holds 3,200. "The parents bought half of those tickets for their children, and I would guess they bought some for themselves", the manager said.

The council's president, Mrs. Fausto Scarnecchia, said the council had nothing against the singer himself. "We are not against the boy. We are against what happens in the hall when he wiggles", she said.

She said the council had received 41 letters from parents after the singer's concert in Amaranton in April, "at which two girls fainted and a boy fell out of the balcony".

The singer's mother, Mrs. Concetta Vallorzi, who still lives on Vigna Street, said her son was "a good boy who goes to Mass and sends his mother flowers, and what he does with his hips is his business".

"The PTA ladies should hear him sing in the kitchen. He sings like an angel in the kitchen", Mrs. Vallorzi said.

Asked whether he would visit his old school, Velour said he had been invited by the senior class "but not by the principal".

The principal of Corvaton High School, Dr. Leonida Pappalexis, said later that the invitation had come from the students and that he had "no objection to Mr. Velour, as a former pupil, visiting the building on a Saturday, when it is closed".

Police Chief Aristide Demetriades said 40 policemen would be on duty at the armory "and not one of them is going to scream". He said girls under 14 would not be admitted without a parent.

The singer said he had sent the council two tickets "in the front row, so they can see that nothing happens". Mrs. Scarnecchia said she had received them and had given them to her daughter.

"She is 15. I could not keep her home with a rope", Mrs. Scarnecchia said.

Mrs. Scarnecchia said the council would send two mothers to the concert "with notebooks". She said the council would report to its members at its November meeting.

Tomasuolo said the singer had given $500 of his fee to the Corvaton High School band "for new uniforms, which they need worse than he does".

Velour will sing 14 songs and two encores, his manager said. He leaves Sunday for a week of television in New York.
'''

T["vis08-gold-exhibit-guard-teacher.txt"] = '''
Ancient gold draws 4,000 to institute in three days

More than 4,000 persons have seen the traveling exhibition of ancient Greek and Italian gold at the Pietraton Art Institute since it opened Sunday, the institute said yesterday.

The 212 pieces in the exhibition are insured for $3,000,000, according to the institute. They will stay here until Nov. 19.

The exhibition's curator, Dr. Vasiliki Konstandaras, an archeologist who travels with it from city to city, said the oldest piece, a gold cup, was "about 3,500 years old, and it holds water better than my teakettle".

She said the exhibition had been seen by 190,000 persons in seven American cities "and nobody has dropped anything yet, except a guard in Cleveland, who dropped himself".

The guard here is Luigi Dellapiana, 61, a retired stonecutter who has been a guard at the institute for 11 years. He said he had stood beside the gold cup "for 24 hours in three days, and I know every face in Pietraton now".

"The children want to touch. The grownups want to touch more than the children, but they are ashamed", Dellapiana said. "I tell them, look with your eyes".

He said the exhibition had brought "more people than the Rembrandt in 1957, and better behaved".

Miss Antonella Quagliarulo, a fourth-grade teacher at the Thessaly Street School, brought 34 pupils to the institute yesterday morning. She said the class had studied the Greeks for six weeks "and I wanted them to see that the Greeks were real people who ate out of cups".

"One boy asked if the king was buried with his money because he did not trust the bank. I told him that was a very good question", Miss Quagliarulo said.

She said she would have the children write compositions about the cup. "The guard was the best part, for most of them. He told them about the stonecutters", she said.

Dellapiana said he had been a pupil at the Thessaly Street School himself, in 1908. "The teacher then was a lady with a ruler. This one has a camera", he said.

His grandson, Pietro Dellapiana, 9, was in the class. The boy said his grandfather "knows the name of every stone in the building".

The institute's director, Primo Ferrosanti, said the exhibition was the most costly the institute had ever brought to Pietraton. He said the institute had raised $18,000 for it from 60 firms and 400 members "and from a bake sale that the guards' wives held in the basement".

Ferrosanti said the institute would stay open until 9 p.m. Thursdays while the gold is here. Admission is 50 cents for adults; school classes are admitted free, the institute said.

Dr. Konstandaras said she would go home to Athens with the exhibition next spring. "I have been with this cup longer than with my husband this year. He writes to ask which of us I like better", she said.

Dr. Konstandaras said a Pietraton jeweler had offered to clean the silver pieces free "and I told him, thank you, but they have been dirty for 3,000 years and they like it".

Asked which piece she liked best herself, she pointed to a small silver spoon and would not say why.
'''

T["vis09-wren-bramble-college-dean.txt"] = '''
Folk singer keeps song dean asked her to drop

Wren Bramble, the folk singer, sang "The Weavers' Lament", a song about a textile strike, to 1,300 students at Amaranton College last night, although the dean of students had asked her on Monday to leave it off the program.

The dean, Dr. Evangelos Fotopoulos, said afterward that he had "asked, not ordered, and Miss Bramble has answered".

He said the college had received complaints from two trustees about the song, which one of them calls "a union song dressed up as a folk song". The trustees were not named. Dr. Fotopoulos said he had written to Miss Bramble "as a courtesy, so that she would know what she was walking into".

Miss Bramble, who is 26 and grew up in the Tennessee hills, sang for an hour and 40 minutes, sitting on a kitchen chair with a guitar across her knees.

She told the audience before the last song that she had been asked not to sing it. "I am going to sing it anyway, because it is a true song, and because my grandfather is in it", she said.

The song tells of a strike at a cotton mill in which, Miss Bramble said, her grandfather was shot in the leg and fired on the same day. The students stood and applauded for two minutes when she finished. She sang 22 songs, among them "Cotton Bale Blues" and "Sally in the Sawmill".

In an interview in the college's music building afterward, she said the song was written in 1929 by a weaver "whose name nobody remembers, and whose wages everybody does".

"The dean was very polite. He wrote me a letter on good paper. I wrote him back on a paper napkin, because that was what I had", she said.

The chairman of the student concert committee, Yiannis Margaritis, a senior from Nerapolis, said the committee had paid her $400 and "would pay her $400 again tomorrow, trustees or no trustees".

"We filled the gymnasium. Half the people came because of the letter", Margaritis said.

Dr. Fotopoulos said the college "has never banned a song and is not going to start with this one". He said he would report the matter to the president, Dr. Aristide Chrysolakis, who is in Washington this week. "The trustees will have their say, and so will the students", he said.

The student newspaper, the Amaranton Beacon, said in an editorial this morning that the dean had "made a request, which is his right, and the singer made a choice, which is hers".

Miss Bramble's husband, Guido Sparapani, who plays the banjo with her, said they had sung the song at 40 colleges "and this is the first dean who wrote to us about it. Most deans just come and sit in the back".

"Wren does not fight with anybody. She just sings louder", Sparapani said.

The concert committee's adviser, Mrs. Sofia Margaritis, the chairman's mother and a teacher of music at the college, said the program had been sent to the dean's office three weeks ago "and nobody said a word then".

Miss Bramble leaves today for Leukopolis, where she sings tomorrow night. She said she had not been asked there to drop any songs "yet". "In Leukopolis they only ask me to sing shorter", she said.
'''

T["vis10-dandy-linnet-marathon.txt"] = '''
Disc jockey passes 80 hours on the air in store window

Dandy Linnet, the WKAL disc jockey, had been on the air for 80 hours without sleep at 6 o'clock last night, in the window of the Tsiolakis Furniture Co. on Thessaly Avenue. He said he would stay on "until 100 hours, or until I start playing the records backward, whichever comes first".

The marathon is raising money for the children's ward of Melaton General Hospital. Listeners pledge money by telephone for each hour he stays awake. The station said pledges had reached $11,480 by 6 p.m.

Linnet, whose real name is Gaetano Brunacci, is 29 and has been on WKAL for four years. His program, "Linnet's Nest", is heard from 3 to 7 every afternoon.

"The first night was easy. The second night I started talking to the mannequins. Tonight the mannequins are talking back", he told listeners at 5:15.

A physician, Dr. Takis Chrysanthis, examines him every four hours. He said the disc jockey's pulse and blood pressure were normal "but his jokes are getting worse, and I am not qualified to treat that".

Dr. Chrysanthis said the disc jockey had lost six pounds since Monday morning. "He eats. He just talks it off", the doctor said.

The doctor said he would stop the marathon "the minute he stops making sense, which, with a disc jockey, is a hard thing to judge".

Linnet's wife, Mrs. Graziella Brunacci, brings him soup twice a day and sits on a folding chair outside the window. She said she had not slept much either. "I keep turning on the radio at home to see if he is still there. Then I remember he is in a window", she said. At 4 a.m. yesterday, Mrs. Brunacci said, he read the weather report twice and did not notice.

The station's manager, Enzo Pasquarelli, said the marathon was the station's idea "but the hundred hours was Dandy's idea, and I have tried to talk him down to 90".

About 2,600 persons have called in pledges, according to the station. The largest, $1,000, came from a Melaton bank.

The store's owner, Ianni Tsiolakis, said about 400 persons an hour stopped on the sidewalk to look in the window. He said he had sold two sofas and a dinette set "to people who came to look at Dandy and stayed to look at the prices".

The disc jockey has a bed in the window, which he is not allowed to use, and a rule: he must speak on the air at least once every five minutes. "The bed is there to torture me. Mr. Tsiolakis says it is also for sale", he said.

Linnet said listeners had asked for "Lonesome Clover" 212 times, "and I have played it 31 times, which is 31 more than I wanted to".

His father, Luigi Brunacci, a barber, said he had closed his shop for an hour yesterday to watch. "He talked this much when he was a baby, too. He has not stopped since", the elder Brunacci said.

The marathon will end at 10 p.m. tomorrow, the station said, with a broadcast from the window by the mayor. Pasquarelli said the station had received one complaint in four days, from a woman who said the marathon was keeping her awake too. Pasquarelli said an ambulance would take the disc jockey home "whether he can walk or not".
'''

T["vis11-calvanese-book-signing.txt"] = '''
Author signs 312 copies of novel about quarry town

Tullio Calvanese, whose first novel, "The Quarry Bell", is about a town very much like Vignaton, signed 312 copies of it yesterday afternoon at the Mirabella Book Shop and said he had expected "about 40, most of them relatives".

The novel, published last month in New York, is the story of an Italian stonecutter's family in a quarry town in the 1920's.

Calvanese, 36, who grew up on Vigna Street and teaches English at a high school in Connecticut, read the first page aloud to those waiting in line: "The bell at the quarry rang at six in the morning and at six at night, and between the two bells the men of Sasso Rosso cut the hill down a foot at a time".

"Everybody in Vignaton knows that bell. Most of them think the book is about them, and they are half right", he said.

In the novel he writes that the town's Irish and Italians "fought each other for 30 years and married each other for 40".

The book's old stonecutter, Cesare Abbondanza, tells his son on the last page: "The stone does not care who cuts it. Only the men care". Calvanese said the line had come from his own father. "My father said it to me when I was 12, and I have been waiting 24 years to use it", he said.

The author's father, Alfio Calvanese, 78, who cut stone in the Vignaton quarries for 41 years, sat beside his son at the signing table. He said he had read the book twice "and I found only one mistake. The bell rang at a quarter to six, not six".

"I told him. He said, Pa, six is better for the book. So it is six", the elder Calvanese said.

The owner of the shop, Mrs. Serafina Lambrinidis, said the shop had ordered 200 copies and had to send to Corvaton for 150 more on Saturday. "We have never sold this many of anything, not even Bibles at Christmas", she said.

Mrs. Lambrinidis said the line had started forming at noon, two hours before the author arrived. "The first one in it was his father. He wanted the first copy signed. He already had four", she said.

Some of those in line were not pleased. One woman said she was "the aunt in chapter four, and I never drank wine before noon". Calvanese said he had heard from "three aunts, four uncles and a man who used to sell ice". All of them, he said, thought they were in the book.

"They are all in it, and none of them is in it. That is what a novel is", he said.

The publisher, Castalia House, said in a statement that the book had gone into a third printing. The first two came to 12,000 copies, according to the statement. A representative of Castalia House, Panos Tsakiris, who came from New York for the signing, said the firm had sold the paperback rights last week. He would not say for how much.

Calvanese said he was writing a second novel, "about a schoolteacher, which will get me in trouble with a different set of people". He said it would be finished "when the school year lets me".

Asked whether he would ever come back to live in Vignaton, he read another line instead: "Every man in Sasso Rosso left once, and every man came back once, and most of them were carried".
'''

T["vis12-zografakis-farewell-recital.txt"] = '''
Soprano sings farewell after 42 years on stage

Aglaia Zografakis, who sang her first opera at 19 in the old Selinopolis Music Hall, sang her last public recital in the same hall last night and told an audience of 2,100 afterward that she would "never sing again for money, and only sometimes for love".

Miss Zografakis, 61, was born in Selinopolis, the daughter of a Greek restaurant owner, and sang for 22 seasons in New York and 6 in Milan. She is Mrs. Lefteris Papadrakis in private life, and has kept her own name on the stage.

The audience stood and called her back for six encores. Before the last, she stepped to the footlights and spoke. "I came home to stop. A singer should stop where she started, while there is still somebody in the hall who remembers the start", she said.

She said she had chosen the program herself "and it has all the songs I was told not to sing at 19, because I was too young for them".

Her accompanist for 18 years, Cesare Vallebona, said she had sung "better tonight than in 1955, and I will say that in front of anybody".

"She cried in the dressing room before, and laughed in the dressing room after. In between she did her work", Vallebona said.

The president of the Selinopolis Opera Guild, Michalis Skourletis, presented her with a silver bowl and said the guild would establish a scholarship in her name for young singers of the city. He said the guild had raised $6,000 for it "from 800 people, most of whom heard her sing at least once".

Skourletis said the first scholarship would be given next fall. "Miss Zografakis will choose the singer. We will only sign the check", he said.

The recital itself brought in $9,200 for the fund, the guild said this morning.

Her husband, Lefteris Papadrakis, a Selinopolis dentist, said his wife had promised to retire "in 1952, in 1956 and in 1959, and this time I have it in writing".

The music critic of the Selinopolis Evening Star, Massimo Scarpinato, wrote in this morning's paper that her voice had "lost some of its top but none of its heart". "She sang the Greek songs at the end as if she were singing them in her father's kitchen, and for a minute the hall was that kitchen", he wrote.

Asked by newsmen in the dressing room whether she would teach, she said she would take "four pupils, no more, and none of them younger than 20".

She said she had been asked to sing at the wedding of a niece in June. "That is not for money, and it is not a public recital, so it does not count", she said.

Her brother, Socrates Zografakis, who runs the restaurant their father opened in 1911, said the restaurant would close on Sunday for a family dinner "for 60 relatives, and she will sing whether she likes it or not".

"She sang at my wedding in 1934, and the priest stopped to listen", Zografakis said.

The last encore was a Greek folk song her father used to sing, "The Little Swallow". Miss Zografakis said she had sung it at her first recital, in 1919, "and nobody in the hall knew it was the first and the last".
'''
