# Hand-written article texts for devset19, part 2 (art07-art12). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. The schools and religion
# pages and the rest of the arts pages ("art") of 1961: a school board debate, a commencement,
# a new pastor and a cornerstone, a music teachers' festival, a library dispute, a movie house.
T = {}

T["art07-blauwkill-board-new-school.txt"] = '''
School board splits on site for new school

The Blauwkill Board of Education argued for two hours last night over where to build the city's new elementary school, and then put off its vote for two weeks.

The board's president, Harmen Feenstra, said at the start of the meeting that the board had to choose between a 9-acre tract on Dorrekill Road, which the city already owns, and a 14-acre farm on the Espenwyck road, which would cost about $42,000.

Mrs. Neeltje Sybesma, who has served on the board since 1955, spoke first for the farm. She said the Dorrekill Road tract was "a swamp in April and a dust bowl in August, and the children would have to cross the truck route to reach it".

Barent Kloosterman, the board's treasurer, said the city could not afford to buy land it did not need. "We own nine acres. The state says a school of 500 needs eight. I do not see why we should pay $42,000 for the other five", he said.

She replied that the state's figure was a minimum. The city would have 800 children in that part of town by 1970, she said, and "then we will be building a second school on the swamp".

Kloosterman said the board had heard the same prediction in 1952 and it had not come true. He said the enrollment of the Hazelhof Street School had risen by only 40 pupils in nine years.

"That is because the children have been going to the parochial school and to Espenwyck. They will not go there forever", Mrs. Sybesma answered. "The parochial school is full, and Espenwyck has told us it will take no more of ours after 1963".

Kloosterman conceded that the Espenwyck contract would end in 1963. But he said the board had no promise that the farm's owner would sell at $42,000. "He has asked $55,000 twice, and I do not think he has changed his mind because we want his land", he said.

The board's attorney, Lieven Nijeboer, said the owner had written to him last week offering the farm at $44,500. He said the letter had come too late for the board's last meeting.

The superintendent of schools, Dr. Egon Bouwsma, said he favored the farm on the Espenwyck road. He said the state engineers had told him the Dorrekill Road tract would need $18,000 worth of drains before a school could be built on it.

"If you add the drains to the cost of the city's land, the farm is almost as cheap", the superintendent said. "And it does not flood".

Kloosterman asked how the superintendent had arrived at the figure. Dr. Bouwsma said it had come from the state, not from him, and that he would put the engineers' letter before the board at the next meeting.

The architect the board hired in June, Rolfe Bouwsma, is the superintendent's cousin. He told the board that either site would do, but that the farm "would give us room to turn around in, which the city tract does not". Asked by Kloosterman whether he had been consulted by his cousin, he said he had not.

Feenstra said the board would vote Oct. 9. He said the board had already lost two months and could not lose more if the school was to open in September, 1963.

About 120 persons attended the meeting, most of them parents from the Dorrekill Road area. One mother said she would not let her children cross the truck route "for any school, on any site".

The board's vice president, Mrs. Wilma Smitsma, said only that she had not made up her mind. "I want to see the engineers' letter, and I want to walk both pieces of land in boots", she said.
'''

T["art08-rozenwyck-commencement.txt"] = '''
Rozenwyck graduates told to stay in the valley

Dr. Lodewijk Heemstra, the historian, told 614 graduates of Rozenwyck University yesterday that the valley had been losing its best young people "to New York, to California, and to anywhere with a bigger salary" for 50 years and that it was time some of them came home.

Dr. Heemstra, who was born in Steenkill and is now a professor at a university in the Middle West, gave the commencement address in the university's field house. About 3,500 persons attended.

"I am one of the ones who left. I am not here to scold you, because I would have to scold myself first", he said. "I am here to tell you that it was a mistake, and that I did not know it was a mistake for 30 years".

The historian said the valley's towns were "full of old men running good businesses that nobody wants to buy". He said the Rozenwyck Chamber of Commerce had told him that 40 firms in the county would change hands in the next ten years.

He said a young man with a degree could make $2,000 a year more in New York than in Rozenwyck. "He will also pay $2,000 a year more for a place to live, and he will spend two hours a day on a train", he said, "and nobody will know his name".

Dr. Heemstra said he did not want the graduates to give up ambition. He said he wanted them "to be ambitious about something that is already here, and has been here since 1650, and needs them".

The university's president, Dr. Reinier Gerritsma, conferred degrees on 402 men and 212 women. He said it was the largest class in the university's 104 years.

The president told the graduates that the university would open a school of engineering in the fall of 1962. "Some of you will wish you had waited a year. Do not wait. The engineers will need lawyers and doctors and teachers as much as anybody", he said.

Dr. Gerritsma said the trustees had voted to raise tuition by $100 a year beginning next fall. He said the increase would go entirely to faculty salaries, which had fallen behind those of "every college of our size in the state, and some smaller".

The valedictorian was Miss Katrina Gerritsma, of Vlietdam, a mathematics major who will teach at Vlietdam High School in the fall. She is not related to the president.

Miss Gerritsma said in her valedictory address that the class had been "the first to grow up with the bomb, and the first to grow up with television, and we do not yet know which will do us more harm".

She said afterward that she had been asked by three persons in the receiving line whether the president was her father. "I told them he was my uncle, to save time. Now I will have to apologize to him", she said.

Dr. Gerritsma said he would be glad to have her in the family. "Anyone who can pass Professor Brouwerkamp's course in differential equations with an A is welcome at our dinner table", the president said.

Honorary degrees were given to Dr. Heemstra, to Mrs. Roberta Dijkhof, who founded the county's first nursery school in 1919, and to Tjalling Rijkhoek, an Ouderkill boatbuilder. Rijkhoek said he had left school in the eighth grade.

"I never expected to wear one of these hats. My wife says it suits me better than my boatyard cap", he said.

Mrs. Dijkhof, 81, said through her son that she was too tired to talk but "very, very pleased".
'''

T["art09-zandkill-reformed-pastor-cornerstone.txt"] = '''
New pastor lays cornerstone at Zandkill church

The Rev. Joris Wolthuis, who became pastor of the First Reformed Church of Zandkill last month, laid the cornerstone of the church's new education building yesterday afternoon before about 400 members and guests.

Mr. Wolthuis, 34, came to Zandkill from a church in Grand Rapids, Mich. He said in his sermon at the morning service that a church "which builds only for itself will soon have nobody to build for".

"We are not putting up a building for the people in these pews. We are putting it up for their grandchildren, and for children whose parents have never been inside a church", he said. "That is a harder thing to raise money for, and a better one".

His text was from the 127th Psalm: "Except the Lord build the house, they labour in vain that build it".

The new building, of brick and stone, will have 14 classrooms, a kitchen and a hall seating 300, and will cost $186,000, according to the chairman of the building committee, Wilton Scheltema. He said $151,000 had been pledged by 340 families of the church.

Scheltema said the congregation had outgrown the old Sunday school rooms "about the time Eisenhower was elected, the first time". He said classes had been meeting in the church kitchen, the furnace room and two members' homes.

The cornerstone was laid at 3 o'clock by the pastor and by the oldest member of the congregation, Mrs. Geertje Wolthuis, 93, who is no relation. She was baptized in the church in 1868, the year the present sanctuary was built.

Mrs. Wolthuis said she had seen the last cornerstone laid when she was 10 years old. "It rained that day too, and the old pastor said rain on a cornerstone was a blessing. I hope he was right, because we have had a great deal of it", she said.

The new pastor said he had been told about Mrs. Wolthuis before he arrived. "I was warned that there was another Wolthuis in the congregation and that she had been here first", he said. "She has been very kind about it".

A copper box placed in the stone holds a Bible, a list of the church's members, the Zandkill newspaper of the day and a letter from the consistory to "the members of this church in the year 2061". The consistory said in the letter that the congregation had 612 members and a budget of $38,000.

The Rev. Dr. Arend Tuinstra, president of the Classis of Zandkill, brought greetings from the 22 churches of the classis. He said the Zandkill church was the third in the classis to build in two years. "The children came after the war, and now they are in Sunday school, and the churches are finding out where to put them", Dr. Tuinstra said.

He said the classis would hold its spring meeting in the new hall next May.

Mr. Wolthuis said afterward that he had been in Zandkill only five weeks and had already been asked to bless two barns and a fishing boat. He said he had done all three the same week.

"The boat was the hardest. I did not know whether to bless the boat or the fish", he said.

The building is to be finished by next September. Scheltema said the committee hoped to dedicate it on the 200th anniversary of the church's founding, Oct. 6, 1962.
'''

T["art10-music-teachers-festival.txt"] = '''
Brother and sister win music festival prizes

A brother and sister from Ouderkill won two of the three first prizes at the annual festival of the Valley Music Teachers Association yesterday at Veldwyck High School.

Miss Sjoukje Roozeboom, 15, won the piano division with a Chopin nocturne and a Bach partita. Her brother, Douwe Roozeboom, 12, won the strings division with a movement of a Vivaldi concerto. The first prize in the voice division went to Miss Frieda Valkenhuis, 17, of Brugdam.

The festival's chairman, Mrs. Verda Mulderink, said 214 pupils of 46 teachers had played or sung for the judges, the most in the association's 11 years. She said each first prize carried a $100 scholarship for summer music study.

The chief judge, Dr. Nicolaas Jorritsma of the music faculty of Rozenwyck University, said the level of the piano playing had been "higher than I have heard at some conservatory auditions". He said the judges had taken 40 minutes to choose among the last four pianists.

"We finally chose Miss Roozeboom because she played the Chopin as if she meant it, and the others played it as if their teachers meant it", he said.

Miss Roozeboom said she had practiced the nocturne for seven months. "I play it every morning before school, and my brother plays his Vivaldi every night after supper. The neighbors have heard both of them more than we have", she said.

Her brother said he had been more nervous about the judges than about the music. He said one of the judges had "looked at me the whole time as if I had done something wrong, but I had not".

Their mother, Mrs. Diederik Roozeboom, said neither of the children had been made to practice. "I have never had to tell them. I have had to tell them to stop, so that their father can sleep", she said.

Their father, Diederik Roozeboom, a dairy farmer, said he had bought the piano at an auction in 1953 for $35. "It has made more money in scholarships than any cow I ever owned", he said.

The children's teacher, Mrs. Hilda Boerema of Ouderkill, said she had taught both of them since they were six. She said she had never had two pupils from the same family win in the same year.

Mrs. Boerema said the boy would need a better violin within a year. "He has outgrown the one he has. A good violin costs more than a good cow, and I have told his father so", she said.

Miss Valkenhuis sang an aria from Handel's "Messiah" and a song by Schubert. She said she would use the scholarship to study at a summer school in Vermont. Her teacher, Claudine Valkenhuis, is her aunt.

The judge of the voice division, Mrs. Lenore Zwierstra, a concert soprano who teaches in Eikendam, said the girl had "the voice of a woman of 30 and the good sense to sing like a girl of 17". One of the other teachers said afterward that the voice division should have two judges.

The aunt said her niece had been singing since she was three. "She learned the Hallelujah chorus before she learned her prayers, and her grandmother has never quite forgiven me", she said.

Mrs. Mulderink said the association would hold a concert of the winners at the Veldwyck High School auditorium Nov. 18. She said the proceeds would go to the scholarship fund, which now has $1,840.
'''

T["art11-vlietdam-library-novel-dispute.txt"] = '''
Minister asks library to remove novel

A Vlietdam minister asked the trustees of the Vlietdam Free Library last night to take a new novel off its shelves, and the librarian told the trustees she would not do so unless they ordered her to.

The Rev. Ysbrand Spaanderman, pastor of the Second Reformed Church, said the novel, "The Salt Meadow", was "not fit for any child in this town, and not fit for most of the grownups". He said he had read it twice, "once to be sure, and once to be fair".

The book, by a New York author, is a story of a family in a Long Island fishing town. The library bought two copies in June. Both have been out ever since.

Mr. Spaanderman said a girl of 14 in his congregation had borrowed the book from the library's adult room. "Her mother brought it to me with a page turned down. I will not read that page to you here, and I am not sure I should have read it myself", he told the trustees.

The librarian, Miss Johanna Kortenhoeven, said the girl had taken the book on her mother's card. She said the library did not ask a borrower whose card he was using.

"I am a librarian, not a policeman. If a mother does not want her child to read a book, she is the one who should keep her card in her purse", Miss Kortenhoeven said. "The library cannot be the mother of every child in Vlietdam".

She said the library had 41,000 books and that "somebody in Vlietdam could find something wrong with most of them, if he looked hard enough". She said the novel had been recommended by two reviewing journals the library used.

Mr. Spaanderman replied that he did not ask the library to burn the book or to forbid anyone to read it. He said he asked only that it be kept "behind the desk, where a grown person can ask for it and a child cannot".

The librarian said she had done that with one other book, in 1958, at the trustees' order. She said 60 persons had asked for it at the desk in the next month, "more than had ever asked for it on the shelf".

The minister said the number of requests proved his point. "People ask for what they are told is forbidden. That is why it should not be on the open shelf in the first place", he said.

The president of the board of trustees, Burdette Schermerhuis, said the board would read the novel before its next meeting, Oct. 12. He said the library owned only two copies and that both were out, so the trustees would have to buy their own.

Mr. Spaanderman said he would lend the trustees his own copy. "It is the only copy in my house, and I would be glad to have it out of the house", he said.

Another trustee, Mrs. Jeanette Schermerhuis, the president's sister-in-law, said she had already read the book. She said she had found it "dull in some places and coarse in others, but I did not find it wicked". She would not say how she would vote.

The board received a letter from the Vlietdam Ministerial Association supporting Mr. Spaanderman. The association wrote that the library "has a duty to the families of this town as well as to the authors of New York". The letter was signed by nine ministers.

About 70 persons attended the meeting. Several spoke, most of them against removing the book. A high school English teacher said she would resign from the library's Friends committee if the book were taken off the shelf.

Miss Kortenhoeven said after the meeting that she would abide by whatever the board decided. "The trustees are my employers. But I will tell them what I think, and I have told them", she said.
'''

T["art12-ouderkill-hofstede-theater.txt"] = '''
Movie house to show foreign films two nights a week

The Hofstede Theater, Ouderkill's only motion picture house, will show foreign films on Tuesday and Wednesday nights beginning next month, its manager, Gijs Terwilligen, said yesterday.

Terwilligen said the theater would show the films in cooperation with the Ouderkill Film Society, which has been showing 16-millimeter prints in the basement of the Grange hall since 1957.

"The society has 180 members and they come out in snow to see a Swedish picture on a bed sheet. I thought they might like to see one on a real screen, with a real seat under them", he said.

He said the first film, on Oct. 17 and 18, would be "The Seventh Seal", by the Swedish director Ingmar Bergman. The society's members will pay 75 cents, the same as any other customer, he said.

The manager said business at the theater had fallen by about a third since 1954, when the first television set came to most houses in Ouderkill. He said Tuesday and Wednesday nights had been "the worst nights of the week for seven years, and some weeks I have sold 30 tickets in two nights".

"I cannot do worse with the Swedes than I have done with the Westerns", Terwilligen said.

The society's president, Mrs. Trijntje Ruigrok, said the members had voted 61 to 4 to accept the manager's offer. She said the four had wanted to keep the Grange hall "because they like the coffee, and because they like to argue about the picture afterward in their overcoats".

Mrs. Ruigrok said the society would go on meeting after the films to talk about them. The theater, she said, had offered its lobby for the discussions.

The theater was built in 1921 by the manager's father, Obbe Terwilligen, who is 79 and still comes to the theater most evenings. The elder Terwilligen said he had opened it with a silent picture, "Way Down East", and a pianist from Eikendam.

"We had 600 seats and 600 people every night, and the pianist played the same piece for every picture, comedy or not. Nobody minded", he said.

He said he had his doubts about the foreign films. "My son says the pictures are very good. I say a picture that you have to read is a book", the old man said.

The manager said his father had said the same thing about the first talking pictures, in 1929. "He said people came to the movies to rest their ears. He was wrong, and he knows it", he said.

Terwilligen said the films would be shown with English titles and without cuts. Asked whether he expected objections to any of them, he replied that he had shown "worse things in American pictures, and nobody said a word".

The Ouderkill police chief, Remmert Hooglander, said the department had received no complaints about the society's films in four years. He said he had seen one of them himself, "and I did not understand it, but I did not arrest it either".

The society's secretary, Mrs. Wanda Breukelaar, said the society had chosen the first eight films for the season. She said they would include two French films, an Italian one, a Japanese one and "a Polish picture about a war that nobody in Ouderkill has ever heard of".

The theater will continue to show American films the other five nights of the week. Terwilligen said the matinee for children on Saturday afternoons would not change.
'''
