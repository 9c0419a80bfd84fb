# Hand-written article texts for devset23, part 1 (vis01-vis06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Visiting performers,
# stars and critics ("vis") of 1961: a film star's airport press conference, a touring jazz
# band leader backstage, a television comedian's luncheon speech, a visiting English actor's
# lecture, a ballet company with a ballerina who answers through an interpreter, a Broadway
# producer's tryout week with the playwright and a local critic.
T = {}

T["vis01-juniper-lace-airport.txt"] = '''
Film star Juniper Lace flies home for premiere

Juniper Lace, the film actress, came home to Kalopolis yesterday for the first time in eight years and told newsmen at Kalopolis Municipal Airport that she had "no plans at all to marry anybody, this year or next".

Miss Lace, whose real name is Annunziata Pellicorno, was born in Olivaton, 14 miles north of here, and went to Kalopolis High School. She is here for the premiere Friday night of her new picture, "The Satin Ladder", at the Odeon Theater.

She stepped off a chartered plane at 2:10 p.m. in a white wool suit and dark glasses and was met by about 300 persons, most of them girls from the high school, and by some 20 reporters and photographers.

"Are you going to marry again"? one reporter called out before she reached the bottom of the steps.

"Ask me on Friday. I have to see the picture first", she said, and laughed.

Asked whether she would marry again, she said she had been married twice in nine years "and that is a good average for Hollywood". Her second marriage, to the director Takis Mavrolakis, ended in divorce in Reno last March.

The actress sat on a stool in the airport coffee shop and answered questions for 20 minutes. The exchange went in part like this:

Q. Is it true you are going to buy a house in Olivaton? A. My aunt has a house in Olivaton. I am going to sleep in it for three nights, and that is all the real estate I am buying.

Q. Do you still speak Italian? A. With my aunt I do, and with the butcher. With directors I speak louder.

Q. What is the new picture about? A. It is about a girl who wants to be a singer and marries the wrong man first. Nobody in this town will have to ask who it is about.

Her press agent, Nikos Drakonakis, who flew in with her from Los Angeles, said she would not pose for photographs in a bathing suit "or in anything else that is not on the schedule". He said the schedule allowed for a parade down Cassandra Street on Friday afternoon and a supper after the premiere.

"Miss Lace is here to see her family and her old friends, and to sell some tickets, in that order", Drakonakis said. "She turned down two television shows to come".

Mrs. Filomena Pellicorno, the actress's aunt, with whom she will stay in Olivaton, brought a box of pastries to the airport. Mrs. Pellicorno said her niece had written to her every month for eight years "and sent money every Christmas to the church".

"She was a skinny girl who sang at weddings. Now she is on the billboards. It is the same girl", Mrs. Pellicorno said.

Mayor Orazio Papastrati gave the actress a key to the city and said Kalopolis was "proud of every one of its daughters, and of this one a little more". The mayor said the city would call the night of the premiere "Juniper Lace Night" by proclamation.

The manager of the Odeon, Egidio Ferracane, said all 1,450 seats for the premiere had been sold by noon yesterday. He said the theater would add a second showing at 11 p.m. "for the ones who could not get in, and for the ones who will want to see it twice".

Miss Lace was driven to Olivaton in the mayor's car. She told newsmen as she left that she would visit her old high school on Thursday "if they let me in without a hall pass".
'''

T["vis02-mazzocchi-band-backstage.txt"] = '''
Band leader says jazz will outlast rock and roll

Aurelio "Pepper" Mazzocchi, whose band played to 1,900 dancers at the Lyceum Ballroom in Dendropolis last night, said between sets that rock and roll "will be gone in five years, and we will still be here playing".

The band leader, who is 47, sat in a dressing room behind the bandstand with his coat off and a towel around his neck. He said the band had played 61 one-night stands since the first of May, most of them in the Middle West and the South.

"You play Dendropolis on Tuesday and Chrysopolis on Wednesday and by Thursday you cannot remember which one had the good piano", he said. "This one had the good piano".

Mazzocchi, who was born in Dendropolis and played his first job on a river boat at 15, said the band had 14 men, "and 11 of them have been with me longer than my car".

The tour will end in New Orleans on Aug. 30, his manager, Stavros Kanellidis, said. The band will then record an album in New York, the manager said, and go to Europe in the spring.

Kanellidis said the band was now "better paid than it was in 1950, and worse paid than it should be". He would not say how much the Lyceum had paid for the night.

Kanellidis said the band would play a benefit in Dendropolis next summer for the hospital where Mazzocchi was born. "It is the only date on the tour he asked for himself", the manager said.

The drummer, Ottavio "Buttons" Sgambetti, has been with the band since 1946. He said he had worn out nine sets of drums "and one band leader, but the band leader is still running".

Sgambetti, who is 52, said he had played with the band in 38 states, Canada and Cuba. "Cuba I liked best. They dance there like they mean it", he said.

"Buttons says that every night, and every night it gets a laugh", Mazzocchi said. "Some nights I even believe him".

The band's best-known record, "Blue Ripple", sold 400,000 copies in 1952. Mazzocchi said it was still the most requested number on the tour, "even by kids who were not born when we cut it".

Asked about rock and roll, he said he had listened to it "the way you listen to a dentist's drill, with your eyes shut". He said two of his young trumpet players liked it. "They play it in the bus. I make them use mutes", he said.

The owner of the Lyceum, Mrs. Theodora Halkiadakis, said the crowd was the largest in the ballroom since New Year's Eve. She said she had booked the band for every summer since 1949 "and I will book it until one of us falls down".

"The young people come for the records and the old people come to remember", Mrs. Halkiadakis said. "Both kinds buy soda pop".

Mrs. Halkiadakis said the Lyceum, which her late husband built in 1926, had held dances every Saturday night for 35 years "through two wars and one fire".

One of the dancers, a girl who said she was 17, said she had come from Nerapolis "to see the drummer".

The band played "Linnet Stomp" at 1 a.m. and left at 3 for Chrysopolis, where it will play tonight at the fairgrounds. Mazzocchi said the bus had 212,000 miles on it. "It is the only member of the band older than Buttons", he said.
'''

T["vis03-bingo-thimble-luncheon.txt"] = '''
TV comic Bingo Thimble tells club about home town

Bingo Thimble, the television comedian, told 640 members and guests of the Nerapolis Advertising Club at its luncheon yesterday that he had learned to be funny "in my father's candy store, where the customers were too poor to buy anything and had to be entertained".

Thimble, whose real name is Spiro Kalamidakis, grew up on Ionian Street in Nerapolis and left in 1938 to sing with a dance band. His weekly program, "The Bingo Thimble Hour", is seen on 140 stations.

He was introduced by the club's president, Amerigo Venturelli, who said the luncheon had drawn the largest crowd in the club's 40 years "and the first one that came without being promised a door prize".

Venturelli said the club had tried for three years to get Thimble for the luncheon. "Every year his agent said next year. This year his mother said yes", he said.

The comedian spoke for 35 minutes without notes. "I was the only boy on Ionian Street who wanted to be a comedian", he said. "The others wanted to be policemen. Some of them made it, and they still know where I live".

He said his father had sold penny candy and newspapers "and gave credit to every boy in the neighborhood, and collected from none of them".

"My father had one joke. He told it to every customer for 30 years, and every customer laughed, because he gave credit. That is the first thing I learned about show business. Make sure the audience owes you something.

"The second thing I learned was from my mother. She said, Spiro, if you are going to make faces, make them for money", he said.

He said television had been "kind to me and cruel to comedians". A comedian now uses up in one night, he said, the jokes that lasted a vaudeville man a year.

"I have six writers. In vaudeville I had one joke and 40 towns. Now I have 40 jokes a week and one town, and the town is the whole country", he said.

Among the guests at the head table was the comedian's brother, Demos Kalamidakis, who runs the candy store on Ionian Street. He said the store still sold penny candy, "but the penny is a nickel now". He said his brother had "not been funny at home since he was 12. At home he is the quiet one".

Miss Kalliope Stavridou, who taught the comedian in the sixth grade at the Ionian Street School and sat beside him at the luncheon, said she remembered him "as a boy who could not sit still and could not keep still, both at once".

"He was not the worst boy I ever had. He was the loudest", she said.

Thimble said the club had asked him to talk about advertising, "and I will. I am for it. It pays my salary". He said sponsors were "the bravest men in America, because they pay for a show before anybody has seen it".

Thimble said he would visit the Ionian Street School this morning. "Miss Stavridou has asked me to talk to the sixth grade. I am more nervous about that than about this", he said.

He will do his program Sunday from New York, he said, and will open a two-week engagement in Las Vegas Nov. 2. Venturelli presented him with a scroll making him an honorary member of the club.
'''

T["vis04-nigel-pastorelli-lecture.txt"] = '''
English actor calls TV a friend of the theater

Television is "the best friend the theater has ever had, though neither of them knows it yet", Nigel Pastorelli, the English actor, told 1,100 students and faculty members at Chrysopolis State College last night.

Pastorelli, who is 54 and has played in London and New York for 30 years, is on a lecture tour of 26 colleges in nine weeks. His lecture, "Shakespeare in the Living Room", was the third of the college's Humanities Series this year.

He said more persons had seen "Hamlet" on television in one night in 1959 than had seen it on the stage in the 300 years before. "Some of them, I am told, went to the theater afterward to see how it came out with a proper set", he said.

The actor, whose father kept an Italian restaurant in Soho and whose mother was a schoolteacher from Wales, said he had been "the only Pastorelli in history to play an English king, and I played four of them".

He said the American theater was "in good health and in bad temper", and that Broadway was "the only place in the world where a man can lose $200,000 in a week and be asked to stay for dinner".

Asked by a student whether an actor should go to school to learn his trade, Pastorelli replied that he had gone to school for two years "and spent the next ten years forgetting it".

"A school can teach you to stand still. Only an audience can teach you when to move", he said.

His wife, Mrs. Callista Pastorelli, who is traveling with him, said she had heard the lecture 19 times "and he has changed the jokes only twice".

"The students laugh in different places in every town. In Texas they laughed at Hamlet", Mrs. Pastorelli said.

Dr. Achille Morandotti, chairman of the college's lecture committee, said the series had sold 1,040 season tickets, the most in its eight years. He said the committee had paid the actor's fee "out of the ticket money, and not one dollar from the state".

The dean of the college, Dr. Matteo Orlandini, said in his introduction that Pastorelli had been "the most talked-about Hamlet in London in 1938".

The actor's fee for the lecture was $850, according to Morandotti, who said it was the largest the committee had ever paid a speaker. Morandotti said the next lecture in the series, on Nov. 14, would be given by a Greek archeologist.

Pastorelli said he would play King Lear in London in the spring "if my knees hold out. Lear is a part for a young man with an old face".

He spent the afternoon with the college's drama students, who are rehearsing "Twelfth Night" for December. Their director, Miss Eleni Vlachopoulos, said he had told them "to speak up, slow down and stop apologizing to the back row".

Before he left for Leukopolis, where he will lecture tonight, Pastorelli told newsmen he had been asked 40 times on the tour whether Shakespeare wrote Shakespeare. "I always say yes. It saves time", he said.

He said the lecture tours paid for his summers, when he plays in small theaters in England "for nothing, or next to it". "A man has to be paid somewhere. America pays and England applauds", he said.
'''

T["vis05-ionian-ballet-interpreter.txt"] = '''
Ballet troupe from Athens opens here tonight

The Ionian Ballet Company, which is making its first tour of the United States, will dance tonight and tomorrow night in the Leukopolis Memorial Hall, and its director, Dionysios Lykouris, said yesterday that the company had come "to be judged by the people who pay for the tickets, not by the people who write about them".

Lykouris, 58, founded the company in Athens in 1948. He said it had danced in 31 cities in Europe and the Near East "and in not one of them were the stagehands on time".

The company's leading dancer, Ornella Zampolli, 24, who was born in Naples and speaks no English, answered questions at a rehearsal through the company's secretary, Silvio Gallinetti, who acted as her interpreter.

Miss Zampolli said through the interpreter that she had danced since she was six "and I have never danced in a hall so cold". The hall's heat had been turned off for the summer.

Asked what she thought of America, she spoke for some time in Italian. "She says the country is very large and the coffee is very weak", Gallinetti said. "She says also that she would like to see a cowboy".

Gallinetti, speaking for himself, said the company's trunks had been held up for a day in customs in New York. He said the costumes for tonight had arrived yesterday morning "with three hours to spare, which for us is a great deal".

The ballerina's partner, Thanos Argyrakis, who speaks English, said the company would dance "Persephone" on the first night, and three shorter works on the second. "Persephone is hard on the partner. I carry her for 40 minutes, and she is not getting lighter", he said. When this was put into Italian for her, the ballerina hit him with her slipper.

Argyrakis said he had been Miss Zampolli's partner for three years. "She speaks no English and I speak no Italian. We talk in French, and badly", he said.

The ballet mistress, Mrs. Photini Lykouris, the director's wife, said the dancers took class every morning at 10 "in whatever city, in whatever weather, and on whatever floor they give us".

"My husband makes the ballets. I make the dancers get up in the morning", Mrs. Lykouris said.

The tour here is sponsored by the Leukopolis Civic Music Association. Its president, Mrs. Renato Belfiore, said 1,600 of the hall's 1,800 seats had been sold for the two nights. She said the association had guaranteed the company $9,000, "which we will have, I think, if it does not rain".

"We have had the Ionian Ballet on our list since 1957. Mr. Lykouris answers every letter, in Greek", Mrs. Belfiore said.

The heat will be on tonight, the association said in a statement last night.

Asked through the interpreter whether she would like to dance in America again, Miss Zampolli nodded and then spoke at length. "She says yes, but in the summer, and in a hall with a furnace", the interpreter said.

Lykouris said the company would leave Thursday for Corvaton and Verdeton and would sail for home from New York on Dec. 18. He said it had been invited to come back in 1963. "We will come if they let Miss Zampolli bring her own coffee", he said.
'''

T["vis06-tryout-week-orsatti.txt"] = '''
Producer to rebuild second act during tryout

Pasquale Orsatti, the Broadway producer, said yesterday that the second act of "Two Keys to the Attic", which opened a week's tryout at the Verdeton Playhouse Monday night, would be "taken apart and put back together by Thursday".

The comedy, by Kosta Zervoudakis, is to open in New York Oct. 12. Its star is Miss Rosaria Pennavaria, who was in Verdeton last year with another Orsatti production.

The drama critic of the Verdeton Morning Record, Ettore Cicchitelli, wrote in this morning's paper that the first act was "as bright as anything on Broadway last season" but that the second "goes up the stairs to the attic and stays there".

"The third act is where the play lives", Cicchitelli wrote near the end of his review, "and by the third act most of the audience will have gone home in its head".

"Miss Pennavaria could read the telephone book and make it sound like a love letter", Cicchitelli wrote. "Mr. Zervoudakis has given her something a little thinner than the telephone book".

Orsatti, who has produced 17 plays in 20 years, said he had taken seven of them to Verdeton for tryouts. "Verdeton audiences tell you the truth. New York audiences tell you what they read in the papers", he said.

Orsatti said he had read the review at breakfast. "He is right about the second act and wrong about everything else, which is about the average for a critic", the producer said.

He said the playwright had been up since 5 a.m. rewriting the act in a room at the Hotel Mirabella, "and I have not let him out, except for coffee".

Zervoudakis, reached by telephone at the hotel, said he had written 42 new pages since Monday night. "I have thrown away 38 of them. The other four are very good", he said.

The playwright, who is 33, grew up in Ambraton and taught English in the high school there before his first play was produced in 1958. He said the comedy was "about my aunt, who kept boarders, and who will not come to see it".

"She says she has read it and it is all lies. She is right about half of it", he said.

Miss Pennavaria said she had been given 11 new speeches in two days. She said she did not mind, "as long as they take out as many as they put in, or we will be playing it until midnight".

Asked about the review, she said she had "read the nice part twice and the other part not at all".

The Playhouse's manager, Yiannis Kyriakou, said the Monday audience had been 812 in a house of 900, and that the advance sale for the week was $14,600, "which for a comedy nobody has heard of is very good". Kyriakou said the Playhouse had booked four more tryouts this fall. He said the house "has been dark only six weeks in two years, which is better than Broadway".

Cicchitelli said in an interview that he had seen 14 Orsatti tryouts in Verdeton "and he has fixed the second act of most of them. I will go back Saturday and see if he has fixed this one".

Orsatti said the new second act would go into the play Thursday night. The company will play two weeks in Philadelphia, he said, before it goes to New York.
'''
