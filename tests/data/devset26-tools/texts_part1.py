# Hand-written article texts for devset26, part 1 (awd01-awd06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Arts news, awards and
# appointments ("awd") of 1961, as the cultural page ran them: a newspaper's art prize with the
# jury's citation read aloud, a poet named to a university chair, a symphony's new music
# director, a museum's new wing and its architect, a foundation's grants to painters, a high
# school band's trip to a national contest.
T = {}

T["awd01-sosnafield-ledger-art-prize.txt"] = '''
Ledger art prize goes to teacher for mill painting

Bonita Grabczak, a 27-year-old art teacher at the Chalupecky Junior High School, won the $1,000 Sosnafield Ledger Art Prize last night for an oil painting of the river flats below the steel mill, "Ice on the Slag Heaps".

The prize was presented at a dinner for 260 persons in the ballroom of the Hotel Dzwonik by Norville Lipczynek, publisher of the Ledger, who read aloud the citation of the prize jury.

"Miss Grabczak has looked hard at the ugliest half mile in the county and found it worth painting, which is more than the rest of us have done", the citation read. "She paints cold as if she had been cold, and light as if she had waited for it".

The jury, three painters from outside the state, chose the picture from 214 entries. Its chairman, Orvan Hruskovec, who teaches painting at a college in Pittsburgh, said the choice of the winning picture had been unanimous "on the second ballot, which is as unanimous as painters ever get".

Another member of the jury, Mrs. Norma Topolnik, a portrait painter from Baltimore, said the three had looked at every entry at least twice. "Some we looked at three times, to be fair to them, and some to be sure of ourselves", she said.

The citation said the painting "belongs in a museum, and we hope a museum in this state will have the sense to buy it".

Miss Grabczak, who teaches 140 pupils a day, said in accepting the award that she had painted the picture on eleven Saturdays last winter "in my father's car, with the heater running and the windows cracked".

"I want to thank the men at the mill, who let me park where nobody is supposed to park, and who never once asked what I was doing", she said.

Her father, Adolph Grabczak, a crane operator at the mill for 31 years, sat at the front table. He said he had driven her to the flats every Saturday "and sat in the car reading the paper, this paper, until my feet froze".

"She was drawing on the walls when she was three. Her mother wanted to punish her and I wanted to buy a frame", Grabczak said.

Lipczynek said the Ledger had given the prize every year since 1947 to "a painter who lives or works within 50 miles of this newsroom". He said the winning picture would hang in the Ledger's lobby for a month and would then be "the painter's to keep, sell or give away, as she likes".

Second prize, $250, went to Udell Sosnowiak, a retired railroad telegrapher, for a watercolor of the Lipkaton depot, "The 5:40 Is Late Again". Sosnowiak, who took up painting at 66, said he had entered the contest every year since 1955.

"This is the first time they let me past the door of the judges' room, so to speak", he said.

Hruskovec said later that the jury had written the citation over coffee "at two in the morning, and nobody changed a word of it at breakfast". He would not say which pictures had led on the first ballot.

One woman at the dinner said the painting made her want to put on a sweater.

Miss Grabczak said she would spend part of the prize on a summer of painting in the West "and the rest on snow tires, so that my father can have his car back".

All 214 entries will be shown at the Sosnafield Public Library through March 31, the Ledger said.
'''

T["awd02-jaworczyk-poetry-chair.txt"] = '''
Poet Jaworczyk named to new chair at Brzozton

The board of trustees of Brzozton University announced yesterday that Claudell Jaworczyk, the poet, would join the faculty in September as the first holder of the new Kolarczyk Chair of Poetry.

The chair, which pays $15,000 a year, was given by Mrs. Zigmund Kolarczyk in memory of her husband, a Brzozton glass manufacturer who died in 1958, the board said in announcing the appointment. It said Jaworczyk would teach one seminar each term "and will be free, for the rest of the year, to do what poets do".

Jaworczyk, 54, has published five books of poems, among them "Winter Orchard" and "The Tinsmith's Psalms". He has lived for 20 years on a farm near Topolfield, where he keeps bees and, he has said, "a few opinions".

In a letter to the committee that chose him, Jaworczyk said he had hesitated "for a month, because I have spent 30 years staying out of universities and I was getting good at it".

The letter was read to reporters by the committee's chairman, Dean Fredric Strnadek. "I have decided that a poet who complains about how poetry is taught has a duty to go and teach it", Jaworczyk wrote. "I will try not to complain in the faculty meetings, but I make no promises".

Dean Strnadek said the committee had read the work of 40 poets before it wrote to Jaworczyk, and that it had met him only once, in a diner in Topolfield. "He did most of the listening, which is not what we had been told to expect", the dean said.

The dean said the poet had asked the university for only two things, "a window that opens and a class that does not take attendance".

Mrs. Kolarczyk, who is 71, said her husband had read poetry aloud at the dinner table "every night for 40 years, and the children complained every night".

"He left school at 14 to blow glass. He used to say a man who can make a bottle can learn to read a sonnet, and he did both", she said.

Her son, Lanny Kolarczyk, president of the Kolarczyk Glass Works, said the family had chosen poetry over engineering "after one evening of argument and three weeks of my mother". Kolarczyk said the company would give the university a set of glass panels for the seminar room, made at the works.

"We wanted a place where a poet would be paid to sit and think, and where nobody would ask him what it was for", said Dr. Theron Zablotnik, president of the university.

Dr. Zablotnik said the students would be chosen by the poet himself, 12 a term, from any department. He said the first applications had come in within two hours of the announcement, "two of them from the engineering school, which pleases me".

Reached by telephone at his farm last night, Jaworczyk said he would drive to Brzozton once a week and would not move to the city. "The bees would not forgive me, and neither would my wife", he said.

He said he would not write a poem for the occasion. "Poems written for occasions are like speeches written for dinners. They are eaten and forgotten", he said.

Asked what he would teach first, he said he would begin with "the poems my students think they already understand".

The university said the chair would be filled for five-year terms, and that Jaworczyk could be named again.
'''

T["awd03-grabowburgh-symphony-director.txt"] = '''
Symphony names Hrncirek music director

Ladislas Hrncirek, associate conductor of a Midwestern orchestra for the last six years, was named yesterday music director of the Grabowburgh Symphony Orchestra, the orchestra's board of directors announced.

Hrncirek, 46, will succeed Benedict Rybnicek, who is retiring in May after 19 seasons. He has signed a three-year contract and will conduct 14 of the orchestra's 20 subscription concerts next season, the board said in announcing the appointment.

The board's chairman, Gerard Zahradnicek, said the board had heard 11 guest conductors over two seasons "and argued about all of them, except this one". He would not say what Hrncirek would be paid.

Zahradnicek read to reporters a telegram from the retiring conductor, who is in Florida: "I leave the orchestra in better hands than mine and with a better second oboe than I found. Tell him to keep the strings in tune and the board in line".

"He has done both of those things for 19 years, and we are grateful", Zahradnicek said. "We are not sure the second one can be done twice".

The concertmaster, Hilbert Brezinek, who sat beside Hrncirek in the second violins in 1937, said the players had known of the choice since Monday "and kept it quiet, which for an orchestra is a kind of miracle". "He was the only one of us who practiced on Sundays", Brezinek said.

Hrncirek was born in Grabowburgh, the son of a cabinetmaker, and played the violin in the orchestra for two seasons in 1937 and 1938 before he went to study conducting. He said in a telephone interview from the Midwest that coming back was "like being asked to run the house you grew up in".

He said he would play "more music written in this century" and would start a series of four children's concerts in the Kalinczak Auditorium.

"Nobody should be frightened of a symphony orchestra, least of all a child. I was frightened of it at ten, and I want to find out why", he said.

Asked whether subscribers would stand for more modern music, he said they had "stood for a great deal of Tchaikovsky, and they will stand for a little Bartok".

His wife, Mrs. Inez Hrncirek, a pianist, will play the Schumann concerto at the first concert of the season, on Oct. 14. Hrncirek said the choice had been the board's, not his. "I would not have dared to ask her myself", he said. He said the family would move to Grabowburgh in August, with two sons, a piano and "more sheet music than furniture".

Mrs. Hrncirek, reached at their home, said she had played with the orchestra once before, in 1948, "when my husband was in the second violins and watched me like a hawk".

"He still watches me that way, but now he has a baton", she said.

The orchestra's manager, Kerwin Sklenarik, said subscriptions for next season stood at 2,940, the highest in the orchestra's history, and that the board expected the announcement "to be worth another 300 by June".

Rybnicek's farewell concert, on May 6, will include the "Eroica" symphony, which he conducted at his first concert here in 1942, the manager said.

Zahradnicek said the board had also voted to raise the pay of the orchestra's 78 players by $2 a concert. The players' committee said it had not yet been told of the raise.
'''

T["awd04-lesnaburgh-museum-wing.txt"] = '''
Museum opens Habrman wing, designed by native son

The Lesnaburgh Museum of Art opened its new Habrman Wing yesterday to 1,900 visitors, and the architect who designed it stood at the door for most of the afternoon, he said, "to see whether anybody walks in the wrong way".

The wing, a two-story building of limestone and glass on the north side of the 1911 museum, cost $840,000, of which $600,000 was given by the late Vernell Habrman, a Lesnaburgh hardware merchant, according to the museum. It adds seven galleries, a print room and a hall for lectures that seats 220.

The architect, Kenard Kretowicz, 41, was born in Lesnaburgh and now practices in Philadelphia. He said he had tried to build a wing "that bows to the old building without getting down on its knees".

"The old building is a temple. You climb 22 steps to get into it, and you feel you ought to take off your hat. I wanted the new one to let you in at street level, with your hat on", Kretowicz said.

His father, Jerold Kretowicz, 79, cut stone for the old building as an apprentice in 1910. The elder Kretowicz said he had carved two of the lions' heads over the main door "and got 30 cents an hour, and was glad of it".

"My son used the same quarry. I went up there with him in 1959 and showed him the face we cut it from", he said.

The museum's director, Dr. Gwenda Wilczynek, said the wing would let the museum show for the first time its collection of 3,400 prints, most of which "have been in drawers since before I was born".

She said attendance had fallen to 41,000 last year from 63,000 in 1950. "People came to see the same 200 paintings until they knew them by heart, and then they stopped coming. I do not blame them", she said.

The first show in the new galleries, "Forty Years of the American Print", will run through May 28.

A statement issued by the museum's trustees said the wing had been paid for without borrowing. The statement said the trustees "regret only that Mr. Habrman did not live to walk through it".

Habrman's widow, Mrs. Alvina Habrman, cut the ribbon. She said her husband had first talked of the wing in 1952, after a visit to the museum "when he could not find a chair to sit down on".

"There are 46 chairs in it now. I counted them this morning", she said.

The lecture hall will be used on Tuesday evenings for a series of eight talks on American painting, the first on April 11, the museum said.

Her grandson, Tad Habrman, 12, who held the scissors, said he liked the print room best.

Kretowicz said the wing had been the hardest job of his career "because every one of my relatives was going to see it". He said a second stage, a sculpture court on the east lawn, had been drawn but not paid for. "It is in a drawer, with the prints that used to be there", he said.

Dr. Wilczynek said the museum would keep its free admission on Sundays. Asked whether the wing would stay open in the evening, she said the trustees would decide in June.

One visitor, a man who would not give his name, said the new galleries looked "like a bank". Kretowicz, told of the remark, said that was "the nicest thing anyone has said all day, since banks stay open".
'''

T["awd05-mlynarek-foundation-grants.txt"] = '''
Foundation grants $18,000 to six painters

Six painters, among them a husband and wife from Jedlafield, have been given grants of $3,000 each by the Mlynarek Foundation to work for a year without other jobs, the foundation announced yesterday.

It is the fourth year of the grants, which were begun in 1958 under the will of Barton Mlynarek, a Jedlafield brewer who painted on Sundays and left most of his estate to "painters who paint on weekdays", in the words of the will.

A statement issued by the foundation said 312 painters had applied, from 19 states. The statement said the six had been chosen "for the work they have done and not for the work they promise to do, since every applicant promises a great deal".

The husband and wife, Zachary Bednarik and Mrs. Rosalie Bednarik, share a studio over a shoe repair shop on Smrkovec Street. It is the first time the foundation has given two grants in one family.

Bednarik, 34, who has worked nights as a printer since 1952, said he would quit the job on Friday. "For nine years I have painted in the daytime and slept in the afternoon, and my pictures look it", he said.

Mrs. Bednarik said she had not expected both of them to win. "We sent in our slides in one envelope to save postage. I thought that would finish us", she said.

She said the two of them had painted the same view from their window "about a hundred times, and we have never once agreed about the color of the sky".

The foundation's president, Mrs. Gerritt Czaplicek, said the committee had not known the two were married until after it had voted. "We judge the slides with the names covered. When we took the tape off, there was a good deal of laughing", she said.

Another winner, Dorene Javurek, 29, of Jedlafield, who is painting in Mexico, said in a letter to the committee that she would use the money in Mexico "to stay another year, and to eat better while I do".

The letter, which Mrs. Czaplicek read at a luncheon for the winners, went on: "I have sold four pictures in two years, all of them to the same dentist. He has been very kind, but he is running out of walls".

Mrs. Czaplicek said the committee had voted to send Miss Javurek her check by air mail. "She says the dentist is welcome to the next one, at a higher price", she said.

The other winners are Kyle Wierzbiak of Pittsburgh, Marlon Zajacek of Cleveland and Jarrett Lisowczyk of Chicago. Wierzbiak, reached by telephone, said he would paint "nothing but large canvases, since I can now afford the stretchers".

Mrs. Czaplicek said the foundation's income had risen enough that the committee would give seven grants next year. She said the committee would also buy one picture from each winner for the foundation's own collection, which hangs in the Jedlafield Public Library.

The foundation's secretary, Brant Olchowczyk, said applications for next year would close on Nov. 1. He said the foundation had been asked by several colleges to lend its collection for shows, "and we have said yes to all of them".

The founder's nephew, Quinn Mlynarek, who is a member of the committee, said his uncle had once been turned down for a show by the Jedlafield Art Association. "He never forgot it. The will was his answer", Mlynarek said.
'''

T["awd06-kalinfield-band-national-contest.txt"] = '''
Kalinfield band to play in national contest

The 86-piece band of Kalinfield High School will go to Chicago in June to play in the National School Band Contest, the first band from the county ever asked, its director, Linwood Pekarek, said yesterday.

The band won the invitation with a first-division rating at the state contest in April. Pekarek said the judges at the state contest had given it "the highest marks in sight-reading they have given any band in six years".

He said the trip would cost $9,400 for two buses, three nights in a hotel and meals. "The band has $3,100 in the bank. The rest we are going to have to earn, a dollar at a time", he said.

The Band Parents Association will sell fruit cakes and wash cars on Saturdays to raise the money, according to its president, Mrs. Bernell Tesarik. She said the parents had already sold 640 cakes "and eaten a few of them ourselves, which we paid for".

Her daughter, Jolene Tesarik, 17, is the band's drum major. Miss Tesarik said the band had practiced the contest program, two marches and an overture, "every morning at 7:15 since Easter, including the morning it snowed".

"The trombones still complain, but they come", she said.

Her father, Bernell Tesarik, a mail carrier who played the tuba in the band in 1936, said he had offered to drive one of the buses. "They turned me down. They said I would stop every time I saw a band playing", Tesarik said.

The contest program will open with a march Pekarek wrote for the band last year, "Kalinfield Fanfare", which the judges at the state contest called "a good, honest march". The phrase has been painted on a banner in the band room, where the band calls itself "the good, honest band".

The principal, Dr. Gaylen Kopecnik, said the school board had agreed to excuse the band from the last three days of classes. "They will learn more geography in a week on a bus than I can teach them in a month", he said.

Dr. Kopecnik said the band would be the 11th from the state to play at the contest since it was begun in 1948, and the first from a school of fewer than 900 pupils. He said the school's 812 pupils had voted at an assembly to give up their spring dance and give the money to the band. "Nobody asked them to. The seniors proposed it themselves, and the vote was not close", he said.

The board said in a letter to the band parents that it would pay for the band's insurance on the trip but could not pay for the buses, since "a public school may not spend tax money on travel of this kind".

Pekarek, 38, has directed the band for eight years. When he came, he said, the band had 31 members and "two clarinets that worked". He said 22 of the present members had started on school instruments in the fifth grade.

"I do not care whether we win. I care whether we play as well in Chicago as we played at 7:15 in the morning in April", he said.

A bus company, the Wilbert Bocianek Lines, has offered the buses at cost, Pekarek said. Its owner, Wilbert Bocianek, said he had been "a bad cornet player in this band in 1931, and this is my way of apologizing".

The band will give a concert in the school auditorium on May 19 to raise money for the trip. Tickets are $1 for adults and 50 cents for pupils, the parents association said.
'''
