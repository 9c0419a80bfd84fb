# Hand-written article texts for devset19, part 1 (art01-art06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. The arts, schools and
# religion pages ("art") of 1961: a symphony's new season, an opera guest singer, a little
# theater's opening, an art museum's purchase, an author's lecture, a television program.
T = {}

T["art01-lindenwyck-symphony-season.txt"] = '''
Symphony to open 28th season with new work

The Lindenwyck Symphony Orchestra will open its 28th season Oct. 14 with the first performance anywhere of a new work by a Molenkill composer, its conductor, Maarten Stellingwerf, announced yesterday.

The work, "Ice on the Zandkill", is a tone poem of about 18 minutes by Floris Harkema, who teaches music in the Molenkill schools. Stellingwerf said he had read the score in July and had decided the same afternoon to put it on the opening program.

"It is not a long piece and it is not a difficult one for the audience. It is very difficult for the second violins", the conductor said. "They will be practicing it in their sleep by October".

He said the rest of the program would be the Brahms Second Symphony and the Schumann Piano Concerto, with Miss Estelle Zeegers of Wilgendam as soloist. Miss Zeegers, 23, won the orchestra's young artists' audition in May.

The conductor, who is beginning his sixth season here, said the orchestra would give eight subscription concerts this year instead of seven. He said the board had agreed to the eighth concert "on the condition that I sell the tickets for it myself".

Stellingwerf said he did not mind selling the tickets. "I have sold tickets before. In Rotterdam I sold them at the door in a fur coat, in February, and I played the concert afterward with cold fingers", he said.

He said the orchestra would have 71 players this season, four more than last year. Most of the new players are students at Rozenwyck University, he said, and two are high school seniors.

One of the new players is the conductor's son, Jelle Stellingwerf, 19, who will sit in the horn section. The younger Stellingwerf said he had auditioned behind a screen, like every other player. "My father did not know it was me until the committee told him, and then he said I played a little flat", he said.

The conductor laughed when he was asked about it. "He did play a little flat. So did everybody else in that hall. It was 90 degrees", he said.

Harkema, who was at the rehearsal hall yesterday, said he had written the piece last winter, when the Zandkill froze over for the first time since 1934. He said the music was meant to sound like a frozen river, "like skates on black ice, and then like the ice breaking up in March".

"I did not expect anybody to play it", Harkema said. "I wrote it for myself, the way a man builds a boat in his cellar".

The orchestra's manager, Lyndall Tjeerdsma, said season tickets would go on sale Monday at the box office of the Lindenwyck High School auditorium. He said the price of a season ticket would stay at $12, although the orchestra had lost about $6,400 last season.

The loss was made up by gifts, according to Tjeerdsma. He said 412 persons and 19 firms had given money last year, "and we will need every one of them again".

The president of the orchestra's board of directors, Mrs. Roelof Brinkhuis, said the board had raised the players' fee for each concert from $15 to $18. "It is still not a living. Nobody plays in this orchestra for the money", she said.

Mrs. Brinkhuis said the board would also bring back the "pops" concerts in the park next summer, which were dropped in 1959. Stellingwerf, she said, had asked for them at every board meeting for two years.

The conductor said he would conduct the pops concerts himself. "A man who will not play a Strauss waltz on a summer night should not be conducting in a small city", he said.
'''

T["art02-eikendam-opera-guest-soprano.txt"] = '''
Soprano says she learned her roles in a church choir

Miss Geertruida Vanderkloot, the soprano who will sing Mimi in the Eikendam Opera Guild's "La Boheme" next week, learned most of what she knows in the choir of a Dutch Reformed church in Zwaandam, she said yesterday.

"The choir director made us sing everything twice, once for God and once for him. He was harder to please", Miss Vanderkloot said in an interview at the Hotel Haverhuis, where she is staying during rehearsals.

The soprano, who is 31, has sung with opera companies in Philadelphia, Cincinnati and New Orleans and spent two seasons in Germany. She said she had come to Eikendam because the guild's director, Dirk Ploegstra, had written to her "the nicest letter I ever received from a man I had never met".

She said she had turned down an offer from a larger company for the same week. Asked why, she replied that a small company gave its singers more rehearsals. "In a big house you meet your tenor at the dress rehearsal. Here I have met him nine times already, and I like him", she said.

Miss Vanderkloot was born in Zwaandam and still keeps an apartment there. Her mother, Mrs. Hendrika Vanderkloot, who travels with her, said the family had hoped she would become a schoolteacher.

"She sang in the kitchen, she sang in the barn, she sang on the school bus. Nobody could stop her, so we bought her a piano", the elder Mrs. Vanderkloot said.

The soprano said her mother had sat in the front row of every performance she had given since 1952. "She is my only critic who pays for her own ticket", she said.

Mrs. Vanderkloot said she would be in the front row in Eikendam, too. She said she had already bought her seat.

Ploegstra said the guild had sold 1,150 of the 1,400 seats in the Eikendam Civic Hall for the two performances, on Friday and Saturday nights. It is the first time the guild has brought a singer from outside the state, he said.

He said the guild had paid her fee out of a gift from the Eikendam Savings Bank and a bake sale held by the guild's women's committee. He would not say how much the fee was. "It was more than a bake sale, and less than she is worth", the director said.

The guild's chorus of 36 and its orchestra of 28 are all volunteers, according to Ploegstra. He said the chorus had been rehearsing since August, two nights a week, in the basement of the Eikendam Public Library.

The tenor is Garret Tilstra, a Brugdam insurance man who has sung leading roles with the guild for eight years. The soprano said he had "a better voice than half the tenors I have worked with in the big houses, and better manners than all of them".

Tilstra said he had been nervous at the first rehearsal. "I had heard her records. Then she asked me where to buy a good pair of galoshes, and I was all right after that", he said.

Miss Vanderkloot, who is sometimes called "the Zwaandam Nightingale" in the newspapers of her home county, said she did not care for the name. "Nightingales sing at night and alone. I sing at night, but never alone", she said.

Asked whether she would come back to Eikendam, she said she would if the guild asked her. She added that she would like to sing Marguerite in "Faust" with the same tenor.
'''

T["art03-molenkill-players-dike-keeper.txt"] = '''
Players open season with play by local author

The Molenkill Players will open their 14th season Friday night with "The Dike Keeper", a new play by Teunis Roorda, a Molenkill pharmacist who has written four plays for the group since 1955.

The director, Mrs. Wietske Zuidema, said the play was "the best thing Teunis has given us, and the hardest". She said the group had rehearsed it for ten weeks, three weeks longer than usual.

The play is about an old man who keeps the dikes of a Hudson River island in the 1880s and will not leave his house when the spring flood comes. Mrs. Zuidema said she had cast it "the way you cast a church supper, with whoever shows up". She said 31 persons had come to the tryouts, the most in the group's history.

The dike keeper, Jochem Hollebeek, is played by Onno Beukema, 68, a retired railroad conductor who has acted with the Players since they began. In the last scene of the second act, Jochem tells his daughter why he will not go: "I built this house with my hands and I will go down with it with my hands in my pockets".

Beukema said he had learned the line in the first week and had been saying it ever since. "My wife says if I say it once more at breakfast she will go down with the house herself", he said.

The daughter, Neeltje, is played by Miss Trudy Beukema, 22, his granddaughter. Miss Beukema said she had not wanted the part at first. "It is very hard to shout at your grandfather, even on a stage. He shouts back, and he is better at it", she said.

The playwright said he had written the play from a story his own grandfather told him about the flood of 1886. He said the old man in the story "never left the island, and neither did his house, and they are both still there".

Roorda said he wrote at night, after the drugstore closed. "I write the first act in the winter and the second act in the summer, and then I throw away the first act", he said.

He said he had rewritten the ending three times during rehearsals. In the first version, he said, the old man drowned in the last scene with his house. Mrs. Zuidema said the cast had voted against it.

"We took a vote, and the old man lived, 14 to 3", the director said. "Teunis was one of the three".

Roorda said he had not minded losing the vote. The play, he said, was better with the old man alive, "because now he has to live with what he did, which is harder than drowning".

The play's best-known line, which the Players have printed on their posters, is "The river does not read the deeds". Some of the cast have begun using it as a greeting.

The Players' president, Wessel Okkema, said the group hoped to take the play to the state little theater festival in Eikendam in April. He said the festival's judges had asked to see the script.

Okkema said the Players had sold 640 tickets for the three performances, which will be given in the auditorium of the Molenkill Grange Hall. The group had $1,100 in the bank, according to Okkema, "which is $1,100 more than we had when we started".

Tickets are $1.50 and may be bought at Roorda's drugstore.
'''

T["art04-espenwyck-museum-landscape.txt"] = '''
Museum buys landscape by river painter

The Espenwyck Museum of Art has bought a landscape by the 19th-century Hudson River painter Jacobus Verhoogen, its first major purchase in six years, the museum announced yesterday.

The painting, "Morning at Steenkill Landing", was bought from a private collection in Boston for $18,500, most of it given by Rienk Oosterhout, an Espenwyck paper manufacturer and a trustee of the museum since 1950.

The museum's curator, Dr. Aleida Hettema, said the painting was "the finest Verhoogen outside the Metropolitan, and very possibly the finest Verhoogen, period". She said the museum had been trying to buy it since 1957.

The curator said the owner, whom she would not name, had refused two offers before agreeing to sell this summer. She said she had gone to Boston four times to see the painting and had been allowed to take it off the wall only on the last visit.

"When I turned it over I found the artist's own label, with the price he asked for it in 1851. It was $40", she said. "We paid a little more, and so did Mr. Oosterhout".

Dr. Hettema said the painting showed the landing at Steenkill as it was before the railroad came, with a sloop at the dock and the mountains behind it in mist. She said it had been cleaned in Boston and needed no further work.

She said the museum now owned five paintings by Verhoogen, who was born in Steenkill in 1812 and died in Espenwyck in 1879. The new one is the largest, she said, and the only one that shows the river at his own birthplace.

The curator said the museum would hang the painting in the main gallery Sunday. She added that it would be lent to the state museum at Albany next spring "for exactly three months, and not a day longer".

Oosterhout said he had given the money in memory of his father, who had worked as a boy at the Steenkill landing. "My father loaded bluestone onto boats like that one. He never saw a painting until he was 30 years old", he said.

He said he had not seen the painting until it reached Espenwyck last week. "Dr. Hettema told me it was good, and I have learned to take her word for these things. She has never yet bought a bad picture with my money", he said.

His brother, Folkert Oosterhout, also a trustee, said the family would give the museum $5,000 more toward a new frame and a new gallery light. He said the frame now on the painting was "a Boston frame, and Boston can keep it".

The museum's director, Sybren Kooistra, said the trustees had approved the purchase unanimously at a special meeting Monday. He said the museum had spent nothing on purchases since 1955 "because there was nothing to spend".

Kooistra said attendance at the museum had risen to 31,000 last year from 22,000 in 1958. The new painting, he said, should raise it further, "if the people of Espenwyck come to see what their own river looked like a hundred years ago".

The museum said in its announcement that it would also show, beginning Sunday, 22 drawings by Verhoogen lent by the Steenkill Historical Society.

The curator said the drawings had never been shown outside Steenkill. She said most of them were studies for paintings that had been lost.
'''

T["art05-lautenbach-river-dutch-lecture.txt"] = '''
Author tells club river Dutch were not quaint

The Dutch who settled the valley of the Hudson were "hard-headed traders, not the pipe-smoking sleepyheads of the storybooks", Wouter Lautenbach, the author of "The River Dutch", told 300 members and guests of the Rozenwyck Women's Club yesterday.

Lautenbach, who was born in Ouderkill and now teaches history at a college in Ohio, spoke at a luncheon in the Rozenwyck Hotel. His book, published in September, is in its third printing.

He said the settlers had been blamed for a picture of them that was drawn by an Englishman. "Washington Irving gave us the fat burgher asleep under a tree. He was a charming writer and he did the Dutch more harm than the British fleet", he said.

In the book he writes that the patroons and the fur traders "kept better accounts than the Bank of England and trusted nobody, least of all each other". He told the club he had found the accounts in the cellars of four churches and one courthouse.

The author said he had spent eleven years on the book. He said he had read the records in the old Dutch of the 17th century, "which is not the Dutch my grandmother spoke, and not the Dutch of anybody now living".

Lautenbach said the hardest chapter to write had been the one on the slaves the Dutch kept in the valley. "Nobody in Ouderkill wanted to talk to me about it, and everybody in Ouderkill knew something", he said.

That chapter opens with the sentence that reviewers have quoted most. "The Dutch of the river were free men who bought and sold other men, and said grace before supper", Lautenbach wrote.

He said he had received about 200 letters since the book came out. Most of them were kind and some were very kind, he said, and about 30 were not.

"A lady in Zandkill wrote me that her great-great-grandfather would never have done any such thing. I looked him up. He owned seven", he said.

The club's president, Mrs. Kenton Bosveld, said the luncheon was the largest in the club's history. She said 80 persons had been turned away.

The author was introduced by Miss Theda Lautenbach, librarian of the Rozenwyck Public Library, who said she was no relation to the author. "We have looked for one for an hour and have not found it, but we have not given up", she said.

Miss Lautenbach said the library had eight copies of the book and a waiting list of 64 names. She said it was the longest waiting list the library had had for any book since "Gone With the Wind".

Asked by a member of the audience whether he would write a second book, Lautenbach replied that he was already at work on one, about the river towns in the Revolution. He said it would take "another eleven years, if my wife lets me live that long".

The author said his grandmother had told him the river stories when he was a boy in Ouderkill. In the preface to the book he writes that she "knew more history than the historians, and told it better, and never wrote a word of it down".

He said he would sign books at the Rozenwyck Public Library this afternoon from 3 to 5 o'clock.
'''

T["art06-wlvk-tv-know-your-valley.txt"] = '''
TV station plans weekly program on valley history

WLVK-TV, Channel 8, will begin a weekly half-hour program on the history and industry of the valley Oct. 3, the station said yesterday.

The program, "Know Your Valley", will be seen Tuesdays at 7:30 p.m. in place of a Western film series the station has carried for two years. Its producer is Kees Woudstra, who joined the station in June after nine years with a network in New York.

Woudstra said the program would be filmed almost entirely outdoors, in the towns and factories of the valley. "We are going to take the camera out of the studio and put it on the back of a pickup truck", he said.

He said the first program would show the last brickyard on the river, at Hoornwyck, where bricks have been made since 1797. The producer said the crew had spent four days there in August and had shot "enough film for a program twice as long, and most of it was mud".

The station's general manager, Wendall Hengeveld, said the program would cost about three times as much as the Western series. He said the station had made up its mind to carry it anyway.

"We have been showing cowboys to this valley for two years. It is time we showed the valley to itself", Hengeveld said. "The cowboys, I am sorry to say, had better ratings".

The program will be sponsored by the Veldwyck Trust Co. A spokesman for the bank said it had signed for 26 weeks. He said the bank would use no commercials during the program except a short announcement at the beginning and the end.

The host of the program will be Zane Terpstra, who teaches American history at Veldwyck High School. Terpstra said he had never been on television before. "I have been in front of 35 ninth-graders every morning for 16 years. After that, a camera does not frighten me", he said.

The producer said Terpstra had been chosen from 11 persons who tried out. He said the teacher was "the only one who looked at the camera as if it were a bored student in the back row, which is exactly right".

Woudstra said the second program would be about the ice harvest on the river, which ended in the 1920s. He said the station had found a man in Ouderkill, Auke Terpstra, 84, who cut ice on the river as a boy and would appear on the program. The old man is the host's great-uncle.

Auke Terpstra said he had last worked on the ice in 1911. "We cut it in blocks three feet long and packed it in sawdust, and it kept until August. The ice from the river was better than any ice they make today", he said.

Asked what he thought of being on television, the old man said he did not own a set. He said he would watch the program at his nephew's house.

The station also announced that it would give the program's films to the schools of the valley without charge after they were shown. Hengeveld said 14 school districts had already asked for them.

The program was the idea of the station's owner, Mrs. Rosella Kuipersma, according to Hengeveld. He said she had "wanted something on the air she could watch with her grandchildren".

Mrs. Kuipersma, who bought the station in 1959, could not be reached yesterday. She was in Europe.
'''
