# Hand-written article texts for devset15, part 1 (prf01-prf06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Each sample is one
# feature story ("profiles and features"): a profile, a human-interest story, a trend
# piece or an anniversary story, with present-tense attribution.
T = {}

T["prf01-schoolteacher-retires.txt"] = '''
After 44 years, Miss Pellowe closes her grade book

When the last bell rings at the Sheepscar Street School on Friday, Miss Thomasina Pellowe will put her grade book in the bottom drawer of her desk, as she has done every June since 1917, and leave it there. After 44 years of teaching the fourth grade in Brindlecombe, she is retiring.

"I have taught the grandchildren of my first pupils", she says. "One of them told me last week that his grandfather still cannot spell Mississippi, and that it was my fault".

She is a small, straight woman of 68 with white hair pinned in a knot, and the children have called her "Miss Tommie" for as long as anyone in Brindlecombe can remember. She came to the town from a farm near Cottersby with a certificate from the state normal school and a trunk of books, and she boarded with a family on Sheepscar Street for her first eleven years.

She kept a diary that first year. "The stove smokes, the roof leaks over the third row and there are 41 of them", she wrote on her first night. "I do not see how I shall last until Christmas".

Miss Pellowe lasted. She taught through two wars, the influenza of 1918 and the Depression. In the worst winter of the Depression, she recalls, the town paid its teachers in scrip for four months and for two more in potatoes.

"The potatoes were better than the scrip", she says. "You could eat them, and we did, every one".

Her sister, Miss Keturah Pellowe, who keeps house for her, says Thomasina has never missed a day of school for illness. "She missed two days in 1938 for the hurricane, and she has not forgiven the hurricane", her sister says.

Almon R. Kitteridge, principal of the school since 1946, says she is the only teacher in the building who still makes the children learn poetry by heart.

"The other teachers call it old-fashioned", Kitteridge says. "I call it the reason her pupils can still recite poetry at 50. I know. I was one of them".

Every fourth grader in her room learns "The Lantern on the Hill", a poem of twelve stanzas written by a Brindlecombe schoolmaster in 1880, and recites it at the spring program. She has read "The Boy From Kestrel Ridge" aloud to 44 classes, and she says she still cries at the last chapter every June.

Order in her room has never been a problem, according to the men and women who sat in it. "You did not talk back to Miss Tommie", says Dr. Abiel Wadlow, a dentist on Main Street who was in her class in 1923.

She does not see it that way. "I had a boy once who would not learn his nines", she says. "I told him, you will sit there until you know them, and he said, then I will sit here all night. He sat until six o'clock. His mother came for him with a lantern, and he knew his nines".

The boy was Abiel Wadlow. "It was the longest night of my life, and I have known my nines ever since", the dentist says.

One of this year's pupils, a girl of nine, says Miss Tommie is "strict but fair, and she smells of peppermint". The children say she can hear a whisper from the back row with her back turned.

The school board will give a dinner for her on Thursday at the Grange hall. Kitteridge says 300 tickets for the dinner have already been sold, "and we could have sold 300 more if the hall were bigger".

After that, she says, she means to read every book she has told children to read since 1917, beginning with the ones she never got around to herself.

"I am going to sleep until seven o'clock in the morning", she says. "And I am not going to grade anything ever again.

"Except perhaps the weather. The weather has been getting a C for years".
'''

T["prf02-owlhead-country-doctor.txt"] = '''
Owlhead's doctor has delivered half the town

Dr. Eliphalet Trebilcock has delivered 2,300 babies in 46 years of practice in Owlhead and the farm country around it, which is, by his own count, a little more than half of the people now living in the township. He is 71, and he still makes house calls.

"A sick man should not have to ride 12 miles in a truck to be told he has the grippe", he says. "I have a car. He has a fever. It is simpler for me to go".

He came to Owlhead in 1915, the year after he finished medical school in Philadelphia, because the town had advertised for a doctor in a medical journal and offered a house rent-free. He wrote to his mother that spring. "The house has four rooms and a horse shed, and the people pay in chickens when they pay at all", he wrote. "I think I shall like it here".

The letter hangs framed in his waiting room, beside a calendar of the Owlhead Feed & Grain Co. for 1931 that no one has taken down.

His wife was the town's schoolteacher when he arrived. She married him in 1917 and kept his books for 40 years. "He never sent a bill to anybody who could not pay it, and he never forgot who could", she says.

In the winter of 1918, when the influenza reached Owlhead, Trebilcock did not take off his clothes for eleven days. He slept in his buggy between calls while the horse found its own way to the next farm. He lost 14 patients that winter, and he can still name them.

"I could tell you where every one of them is buried", he says. "I go by the graves now and then, and I think about what we know now that we did not know then".

His son, Dr. Micah Trebilcock, 38, came into the practice in 1953 after service in the Army Medical Corps. The younger Trebilcock takes the night calls now, and he has put a second telephone line into the house.

"My father thinks the telephone is a passing fad", the son says. "He will answer it, but he does not trust it".

The older doctor says he has nothing against the telephone. He explains that what he minds is the new hospital at Cedarvale, 20 miles off, where most Owlhead babies are now born.

"A baby ought to be born in its own house, with its grandmother boiling water in the kitchen", he says. "Not that the water ever did any good. It gave the grandmother something to do".

Miss Ocie Dinwiddie, his nurse since 1929, says he has never refused a call in her time. "A man came to the door at two in the morning in the blizzard of 1936", she recalls. "The doctor said to me, get my bag, and I said, Doctor, you will never get through, and he said, then I will walk. He walked four miles".

A dairy farmer on the Pennywhistle road, Zerah Kinnaird, whose three children were all delivered by Trebilcock, says the doctor set his broken leg on his own kitchen table in 1940 "and charged me one ham, which he never came back for".

The farmers say he can tell what ails a cow as well as what ails a man. They call him "Doc Liph", and some of them have never known that he had another name.

He is the oldest physician still in active practice in the county, according to the Foxtail County Medical Society, and the last one who remembers setting a bone by lamplight.

He has no plans to retire. "When I cannot climb the stairs to a sickroom I will quit", he says. "Micah can have the car and the telephone both".

Mrs. Jessamine Trebilcock, who is 68, says she has heard that promise before, more than once. "He said it in 1950, and again in 1955, and he bought a new car both times", his wife says.
'''

T["prf03-rookie-pitcher.txt"] = '''
Rookie from Pickerel has Gullhaven talking

Three months ago Newt Mossbarger was pitching for an American Legion team in Pickerel and pumping gasoline at his father's filling station on Route 47. Tonight, at 19, he will start for the Gullhaven Gulls against the Sandrift Sandpipers, and 7,000 tickets have been sold.

Mossbarger has won eight games and lost one for the Gulls, who were in last place in the Tri-County League when he joined them in June. They are now in second place, two games behind Sandrift.

"I did not know I was supposed to be scared", he says. "Nobody told me the batters in this league were any good".

He is 6 feet 4 and weighs 180 pounds, and his fast ball, according to the Gulls' manager, Delos K. Haverstock, "is the best I have seen in this league in 20 years".

Haverstock, who has managed in the league since 1941, says the boy has only two pitches and does not need a third.

"He throws the fast ball and he throws the curve, and he throws them both for strikes", the manager says. "That is two more things than most of my pitchers can do".

The man who signed him was a scout for the club who saw him pitch a Legion game in a cow pasture at Minnowbrook and drove 40 miles that night to talk to his father. "I saw three pitches and I went to the car for the contract", the scout says. "I did not need to see the fourth". He is Beriah Satterlee, 64, who has signed players for Gullhaven since 1927.

His father, Arad Mossbarger, did not want him to sign. "I told him, you finish the summer at the station and we will talk about baseball in the fall", the elder Mossbarger says. "He said, Pop, they will not want me in the fall. I guess he was right".

His mother has not missed a home game. She keeps a scrapbook with every box score in it and sits in the same seat behind first base. "I do not understand the game, but I understand it when the people stand up", says Mrs. Arad Mossbarger.

The Gulls' catcher, Isom Quackenbush, 33, who caught for two seasons in the majors, rooms with the rookie on the road. He says the boy goes to bed at ten and writes a letter home every night.

"The first week he shook me off every sign I gave him", Quackenbush says. "I went out to the mound and asked him whether he wanted me to go home. He said no, sir, and he has not shaken me off since".

The fans in Gullhaven have started calling him "the Pickerel Kid", and the organist plays "Pickerel Polka" when he walks out to the mound. He does not care for either.

"My name is Newt, and I answer to Newt", he says. "That is enough of a name for anybody, and the polka is too fast to warm up to".

Scouts from three major league clubs have been in the stands this month, the club says. Haverstock says he has told all three to come back next year.

"He is not ready, and I am not ready to lose him", the manager says. "Let him win 20 games for me first".

Mossbarger says he sends $30 of his $400 a month home and puts most of the rest in the bank. He has bought one thing for himself, a pair of shoes.

"I will think about the majors when they call me. Tonight I am thinking about Sandrift".
'''

T["prf04-woman-legislator.txt"] = '''
A Hartsease housewife in the House, and glad of it

When State Rep. Persis Vosburgh rose in the House last March to speak against a bill that would have closed 40 rural schools, it was the first time in the history of the Legislature that a woman had led the opposition to a bill on the floor. The bill was beaten, 71 to 64.

"I did not think of it as history", she says. "I thought of it as 40 schools, and one of them is the school I went to".

Mrs. Vosburgh, 47, a Democrat, is in her second term from Hartsease and the rest of Upperdale County. She is the wife of a hardware merchant and the mother of three, and she had never held office before she ran in 1958, unless the presidency of the Hartsease Home and School League counts.

She ran, she explains, because the county's representative of 20 years had voted to cut the school aid formula and had not come home to explain it.

Her husband, Thatcher Vosburgh, runs the hardware store on Weir Street. "The men at the store ask me what she is going to do about taxes", he says. "I tell them to write her a letter. She answers every one of them".

She does. She has answered 4,100 letters this session, she says, most of them in longhand at the kitchen table after the children are in bed.

In her first speech on the floor, in January, 1959, she told the House, "I am not here because I am a woman. I am here because Upperdale County sent me, and it can send me home".

A Republican who sits across the aisle from her, and who voted for the school bill she beat, says she is "the best-prepared member of this House, and the most irritating". He is State Rep. Shadrach Inchbald of Yarrowby, the majority whip.

"She reads the bills, all of them, every line", Inchbald says. "Some of us have been here 20 years and never read one to the end".

Inchbald says he still expects to pass the school bill in the next session. "I will beat her when I have read it as often as she has", he says, "and I do not think I have the time".

The other members of the House call her "the Headmistress", she says, "and I have been called a good deal worse".

She grew up on a farm near Yarrowby and taught in a one-room school for six years before she married. She still keeps the school's hand bell on her desk in the Capitol, and she has rung it once, during a filibuster, to the delight of the gallery.

Her elder daughter, Amabel Vosburgh, 19, is a sophomore at the state university. "Mother practices her speeches on us at supper", she says. "We heard the one about the rural schools eleven times, and the dog left the room after the sixth".

She has missed one roll call in three years, according to the House clerk, Jerah Nunnally, and that was on the day her son had his appendix out.

Her neighbors in Hartsease say she still does her own washing on Monday mornings, session or no session.

Asked whether she will run for the State Senate next year, she laughs. "Ask me after the harvest, and ask Thatcher first", she says.

"The Senate has never had a woman in it. Somebody has to be the first, and it might as well be somebody who reads the bills".
'''

T["prf05-refugee-family.txt"] = '''
Five years out of Hungary, the Tarkanyis own a house

Five years ago this month, Zsigmond Tarkanyi walked across a frozen marsh on the Austrian border at night with his wife, his daughter, then 10, and a suitcase that held a loaf of bread, two shirts and the family photographs. Last week he signed the papers for a house on Millbrake Avenue in Cedarvale.

"In Hungary I worked 19 years and owned nothing", he says. "Here I have worked five years and I have a house with a furnace and a cherry tree".

Tarkanyi, 46, was a toolmaker at a locomotive works in Gyor. When the revolution failed in November, 1956, and men from his shop were taken away at night, he sold his bicycle for the train fare to the border and told no one but his wife.

"At the border a boy in uniform pointed his gun at us", he says. "I said to him, you are Hungarian, I am Hungarian, shoot me if you must. He looked at my daughter, and he turned around".

His daughter translated for the family for their first year. Her name is Erzsebet Tarkanyi, but she has been "Erzsi" since her first week in school, and she is now a junior at Cedarvale High School.

"I learned English from the radio and from the girls at school", she says. "My father learned it from the men at the shop, and my mother says we should not repeat what he learned".

The family was sponsored by the Cedarvale Reformed Church, whose pastor, the Rev. Solon Ingledew, met them at the railroad station on a Sunday night in January, 1957.

"They got off the train with one suitcase and a paper sack, and Mrs. Tarkanyi tried to give me the sack", the pastor recalls. "It was the last of their bread, and she wanted me to have half of it".

The church found them an apartment over a bakery, and it found Tarkanyi a job at the Esterbrook Tool & Die Co. His foreman there, Mahlon Eddowes, says he is the best toolmaker in the shop. "He came in not knowing the word for a wrench, and in six months he was teaching the apprentices", Eddowes says.

That first winter Tarkanyi wrote to his brother in Budapest. The letter came back unopened in March, and he keeps it in the family Bible. "We are warm and we eat meat twice a week", he wrote in December, 1956. "The Americans smile at you in the street for no reason. I do not yet know what they want".

Mrs. Ilona Tarkanyi works mornings in the bakery under their old apartment. She speaks less English than her husband, and her daughter helps her with it. She misses the black bread of Gyor most of all, she says, "and my sister, and the bells on Sunday morning".

The neighbors on Millbrake Avenue say the Tarkanyis already have the best-kept yard on the street. One neighbor brought a pie to the door the day they moved in.

"I figured anybody who walked out of Hungary had earned a pie", she says. She is Mrs. Obed Harbottle, who lives next door and has been teaching Mrs. Tarkanyi to drive.

The family will be sworn in as citizens at the Federal courthouse in January, according to the Immigration and Naturalization Service, which has approved all three applications.

"In January I will be a citizen and in November I will vote", Tarkanyi says. "I have never in my life voted for a man I chose myself".

Erzsi wants to be a nurse, and her father says she will be the first in the family to go to college.

"In Gyor they would have sent her to the factory at 15. Here she can be what she wants, and she wants to be a nurse".
'''

T["prf06-jazz-trumpeter.txt"] = '''
Zebedee Ambrister still hits the high note

At one o'clock in the morning at the Blue Kestrel, a narrow club on Saltmarsh's Water Street, Zebedee Ambrister puts his trumpet to his mouth and plays "Whippoorwill Rag" exactly as he recorded it in 1927, down to the cracked note in the second chorus.

"People ask me why I don't play it different after 34 years", he says. "I tell them I got it right the first time, crack and all".

He was born in New Orleans in 1907 and left it at 16 with a riverboat band. He played in Chicago and Kansas City and recorded 22 sides for a label that went out of business in 1931. The records sell now for $40 apiece among collectors, and Ambrister owns only two of them.

In 1929, when he was 22 and playing with Cyrenius Wagstaff's orchestra, he told a Chicago newspaper that he would leave the Wagstaff band within a year and be "the best trumpet player in the world by the time I am 30".

"I was 30 in 1937 and I was playing in a dime-a-dance hall in Omaha", he says now. "So much for what you tell the newspapers".

He did leave the Wagstaff band, though not as he had planned. "Cy Wagstaff said to me, Zebedee, you play too loud for the dancers", he recalls. "I said, Mr. Wagstaff, the dancers are dancing, and he said, not to you they aren't. I was on the bus that night".

He gave up music for most of ten years. He worked as a Pullman porter and then in the post office at Saltmarsh, and he played at church suppers and weddings on Saturdays, when he played at all.

The Blue Kestrel's owner, Sherrod Mortlock, heard him at a church supper in 1958 and hired him for two weeks. He has been there three years. "He is the reason this place is open", Mortlock says. "Before him I had a jukebox and a bartender, and the bartender was looking for other work".

His pianist, Tillman Oxendine, 28, says playing with him is "like going to school every night and never getting a report card".

"He does not tell you anything", Oxendine says. "He plays it, and then he looks at you, and you had better play it back".

On Saturday afternoons Ambrister teaches trumpet without charge to any boy who comes to the back door of the club with a horn. One of them, a tall boy of 15 who carries his trumpet in a flour sack, has come every Saturday for a year.

"He made me play one note for a whole month", the boy says. "Then he let me play two, and I thought I was Gabriel". His name is Darrel Kilgore, and he plays second trumpet in the Saltmarsh High School band.

Mrs. Cleta Ambrister married him in 1931. "I have heard him practice every day of those 30 years", she says. "The neighbors never once complained. Some of them used to open their windows".

The regulars at the Blue Kestrel say he has not missed a night in three years, and that he plays "Kettledrum Blues" only when he likes the crowd.

He is the oldest member of the local still playing six nights a week, according to Local 412 of the American Federation of Musicians.

He says he practices an hour every morning before breakfast, and that his lip is better at 54 than it was at 40.

"When I can't hit the high C, I'll quit. I hit it last night, twice, and once more for the bartender".
'''
