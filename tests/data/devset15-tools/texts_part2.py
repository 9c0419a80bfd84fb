# Hand-written article texts for devset15, part 2 (prf07-prf12). Each text is one
# triple-quoted string; paragraphs are separated by one blank line.
T = {}

T["prf07-county-agent.txt"] = '''
Thirty years of Gatenby in Bluestem County

When Manasseh Gatenby came to Bluestem County as its agricultural agent in 1931, the farmers called him "the book farmer" and some of them would not let him through the gate. This month he begins his 31st year in the job, and the county is giving him a dinner.

"They thought I was going to tell them how to farm out of a pamphlet", he says. "They were right. That is exactly what I was going to do, and it took me three years to find out why it would not work".

He was 32 then, with a degree from the state agricultural college and a Model A Ford that he drove 22,000 miles the first year. Half of the county's roads were dirt, and in the spring most of them were mud.

In his report to the state for 1934, the year the dust blew, he wrote that "the topsoil of the west end of this county is now in Kansas". He asked for 40,000 seedlings for windbreaks and got 9,000.

"No farmer will plant a windbreak because I tell him to", he wrote in the same report. "He will plant one when he sees his neighbor's windbreak save his neighbor's wheat".

The first neighbor was Zuriel Haworth. Gatenby sat on his porch four evenings running in the spring of 1935, and on the fifth Haworth agreed to put in a row of cedars along his north line.

"I planted it to get him off my porch", says Haworth, who is 74 now. "It was the best thing I ever did on that farm, and I have never told him so until today".

There are now 310 miles of windbreaks in the county, according to the Bluestem County Soil Conservation District, and the west end has not lost a crop to wind since 1940.

The farmers there say Gatenby knows every fence line in the county, and most of the fence posts.

Not all of his first calls went so well. "A man ran me off his place with a shotgun in 1932", Gatenby recalls. "I went back the next week and he said, I told you to stay off. I said, I came to see your hogs, and your hogs have the cholera. He put the gun down. We saved 40 of them".

He has organized 41 4-H clubs. Velma Jaggard, 16, whose steer was grand champion at the state fair in August, says he came out to see the animal every week for a year.

"He talked to that steer more than he talked to me", she says. "When it won, he cried, and he will tell you it was the dust".

His wife says he has never taken a vacation that did not have a county fair in it. She is Mrs. Ila Gatenby, and she has been to 30 of them. "I married a county agent in 1933", she says. "I did not know I was marrying the county".

The director of the state extension service, Benaiah P. Grimshaw, says Gatenby was the first agent in the state to hold night meetings, so that men who worked in the fields all day could come.

"He taught half the agents in this state how to talk to a farmer", Grimshaw says. "The other half never did learn, and never will".

One farmer at the co-op elevator put it another way: "Before Gatenby we raised 18 bushels to the acre. Now we raise 31 and complain about the price instead".

Gatenby has four years to go before he must retire. He says he wants to see the new dam on Chickory Creek finished first.

"Then I will go fishing behind it", he says. "I have been telling farmers to build ponds for 30 years. It is time I sat beside one".
'''

T["prf08-lighthouse-keeper.txt"] = '''
The keeper of Corbie Point comes ashore

For 34 years Alanson Polglase has climbed the 96 steps of the Corbie Point light every evening at sundown to light the lamp, and every morning at sunrise to put it out. In October the Coast Guard will install an automatic light, and Polglase, 63, will move ashore.

"I have slept on this rock more nights than I have slept anywhere else in my life", he says. "I expect I will have trouble sleeping in a house that does not shake in a storm".

He came to the light in 1927 as assistant keeper under his wife's father, and became keeper when the old man died in 1934. When the lighthouse service was made a part of the Coast Guard in 1939, he was offered a uniform and chose to stay on as a civilian. He is the last civilian keeper on this stretch of the coast.

He has kept the log of the light every night since 1927, and it fills 34 volumes on a shelf in the kitchen. On Sept. 21, 1938, the day of the hurricane, he wrote: "Wind at noon SE and rising. Sea over the lower rock. Lamp lit at 4:30 and kept".

The next morning he wrote, "All well at the light. Boathouse gone. Two schooners ashore at Cawdor".

"I did not sleep that night, and neither did Drusilla", he says. "She held the lantern on the stairs when the power failed, and she held it for nine hours".

His wife, Mrs. Drusilla Polglase, came to the light as a bride in 1929. "I have raised three children on this rock and never lost one of them to the water", she says. "I lost a good many washings".

"The first winter I cried every night", she says. "There was no one to talk to but Alanson and the gulls, and the gulls made more sense.

"Then the children came along, and there was no time left to cry".

Their son, Simeon Polglase, 30, is a boatswain's mate in the Coast Guard at Cawdor. His mother says he learned to row before he could read.

"My father will not know what to do with himself ashore", the son says. "He will walk down to the harbor every night and look at the light to see whether the machine is doing it right".

A Coast Guard spokesman says the automatic light will be as bright as the old one, will switch itself on at dusk, and will be checked from Cawdor once a week.

The lobstermen who fish off Corbie Point call the light "Old Squint", for the way its beam seemed to blink in fog before the new lens was put in in 1952. They say they will miss the keeper more than the light.

Uzal Tregaskis, who has fished those waters for 40 years, says Polglase rowed out in a northeast gale in 1947 to bring him in when his engine failed off the point.

"I owe him my life and a bottle of rum, and he never would take the rum", Tregaskis says.

Polglase will not talk about the rescue for long.

"There was nothing to it. The man was half a mile off and the tide was making. Any fool could have done it, and I was the fool who was there".

The Polglases have bought a house in Cawdor, on the hill behind the Congregational church, from which the light can be seen.

"Drusilla picked it for the view", he says. "I would not have it any other way, though I suppose I will be up at sundown every night to see that the light comes on".
'''

T["prf09-young-architect.txt"] = '''
Tallowfield's glass library is its architect's first

Berenger Killigrew is 31 years old, and the new Tallowfield Public Library, which opens on Sunday, is the first building he has ever designed. It is a long, low box of glass and steel on the corner of Church and Fourth Streets, and the town has been calling it "the Fishbowl" since the walls went up in April.

"I don't mind the name they have given it", Killigrew says. "A fishbowl is a place where anybody can see what is going on inside. That is what a library ought to be".

He grew up in Tallowfield, the son of a carpenter, and studied architecture at the state university after two years in the Army in Korea. He worked three years in the office of a large firm in Chicago, and in 1958 he came home and opened an office of his own over the bank.

The library board chose his plan from five in 1959, by a vote of 4 to 3. Its chairman, Mrs. Ferrell Hockaday, cast the deciding vote.

"I did not understand the drawings", she says. "I understood the young man, and I understood that the old library had one window in the reading room and it faced a brick wall".

The meetings were not easy. "At the first one a member of the board asked me where the columns were", Killigrew recalls. "I said, there aren't any. He said, then how will people know it is a library? I said, they will see the books".

The member who asked was Philander Sowerby, a retired builder who put up half of the brick buildings on Main Street. He voted against the plan and says he would vote against it again tomorrow.

"A library ought to look like a library. This one looks like a place to buy an automobile", Sowerby says. "But I will say the roof does not leak, and I have built roofs with columns under them that did".

Some of the town's letters were harsher. In a letter printed in the Tallowfield Sentinel in 1959, Mrs. Quinby Lattimore wrote that the plan was "a greenhouse for books, and the books will wilt".

Mrs. Lattimore, who has since taken out a card at the new building, says she has changed her mind about it entirely. "The children love it, and I was wrong about the wilting", she says. "I still think it needs curtains".

His old teacher, Eberhard Zirkle, professor of architecture at the state university, drove down to see the building last week. He says it is "the most honest small building I have seen in this state in ten years".

"He was never my best draftsman", Zirkle says. "He was the only student I ever had who asked who was going to use a building before he asked what it was going to look like".

The building cost $212,000, which is $14,000 less than the brick design it beat, according to the board's minutes, and it will hold 60,000 books.

The children of Tallowfield say the best thing in it is the window seat in the children's room, which runs the length of the wall and looks out on the park. Killigrew says he designed it after the window seat in his grandmother's house, where he read every book he owned.

He has been asked to design a new grade school in Brambleton. "I would like to build a school the children do not want to leave at three o'clock", he says. "That would be a first in this state".

"I will settle for one they do not mind coming to in the morning".
'''

T["prf10-barn-raising.txt"] = '''
Neighbors raise a barn for Tabitha Overholt

At six o'clock on Saturday morning there was nothing on the Overholt place on the Dewberry road but a stone foundation and a heap of ashes. By dark there was a new barn, 40 feet by 60, with a hayloft and a red door, and 120 neighbors had eaten supper in it.

"I stood in the kitchen window and watched it go up like a picture in a book", says Mrs. Tabitha Overholt, 58, who has farmed the place alone since her husband died two years ago. "I kept thinking somebody would come tell me it was a mistake and hand me a bill".

The old barn burned on the night of Aug. 29 after lightning struck the cupola. She lost 600 bales of hay, a tractor and two calves, and she had let the insurance on the barn lapse in the spring to pay for seed.

Her husband, Vester Overholt, built that barn himself in 1922, with his father. He wrote in his farm diary on Oct. 4 of that year: "Barn done. Cost $1,140 and the end of one thumb. Worth it".

The idea of a raising was Hoke Glidewell's. Glidewell, who runs the feed store in Dewberry, says he put a sign on the store's door the morning after the fire and had 60 names under it by noon. The sign said "Barn for Tabitha, Saturday. Bring a hammer".

"Nobody had to be asked twice, not one of them", Glidewell says. "Half of them owed Vest Overholt a favor, and the other half owed Tabitha one".

The lumber, $3,800 worth of it, came from the Ackerley Lumber Co. at cost, according to Glidewell, and the roofing was given outright by a dealer in Cedarvale who asked that his name not be used.

Her son, Laban Overholt, 24, got a three-day pass from his Army post and came home on Friday night. "I came home to help clean up the ashes", he says. "I did not expect to be nailing shingles on a new roof by noon the next day".

One of the women who cooked for the crew says they served 40 pounds of ham and 30 pies, "and more potato salad than I want to think about". She is Mrs. Euel Fazakerley, and she has cooked for every raising in the township since 1930.

A boy of eleven who carried nails all day says it was the best Saturday of his life, because nobody told him to wash.

The Rev. Zophar Applegarth, pastor of the Dewberry Methodist Church, said grace at supper from the hayloft door. "I have preached on loving thy neighbor for 15 years", he says. "On Saturday I did not have to preach it. I just pointed out the window".

When the last rafter went up the men sang "Raise Her Up, Boys", a song nobody in Dewberry can remember learning, and the women rang the dinner bell.

"When it was done I tried to thank Hoke, and he said, Tabitha, you fed half this township through the Depression, now sit down", Mrs. Overholt recalls. "So I sat down. It was the first time I had sat down all day".

The neighbors say they will be back in the spring to paint it.

She has hung her husband's diary, open at Oct. 4, 1922, on a nail inside the new barn door.

"Vest would have said it leans a little to the east. It does. I would not change a board of it".
'''

T["prf11-fallout-shelters.txt"] = '''
Shelter builders busy in Pinecastle County

Six months ago nobody in Pinecastle County had built a fallout shelter. Since the President spoke on Berlin in July, builders have put in 140 of them, according to the Pinecastle County Office of Civil Defense, and 300 more are on order.

The office's director, Lanier Hannaford, says the telephone on his desk rings 80 times a day. "Two months ago I could not get ten people to a meeting on shelters", he says. "Last Thursday we had 900 in the high school gymnasium and 200 more standing outside in the rain".

Matthias Crumpacker, a contractor who built swimming pools until this summer, has put in 31 shelters since August. His crews now call themselves "the shelter boys". He says the usual shelter, eight feet by ten of concrete block in a corner of the basement, costs his customers from $1,200 to $1,500.

"It is steady work and I sleep nights", Crumpacker says. "Some of my customers tell me they do not".

Mrs. Leonie Stoltzfus of Bobwhite Lane, the mother of four, says her family argued about a shelter for a month before her husband gave in.

"My husband said, we will never need it", she says. "I said to him, then we will have a very nice place to keep the preserves. We have 40 jars of peaches down there now, and the children have a checkerboard".

Her husband, Ithamar Stoltzfus, an accountant, says he still thinks the money would have been better spent on a new car. "But I do not argue with my wife about the children", he says. "I never have won one of those".

Not everyone is building. The Rev. Asaph Kreidler, pastor of the Bluestem Avenue Presbyterian Church, preached on Sunday against what he called "the fortress in the basement".

"A man who builds a shelter for his own family and locks the door against his neighbor has not saved anything worth saving", he says. "I would rather take my chances upstairs with the neighbors".

Some shelter owners say they will keep a gun in the shelter for that very reason. Most will not say so for print.

Dr. Serena Kershaw, a psychologist at the Pinecastle child guidance clinic, says the children she sees are "more frightened by the talk at the supper table than by the bomb". She says parents should tell children plainly what the shelter is for and then stop talking about it.

A salesman for a firm that sells steel shelters from door to door says he sold 12 last week "and could have sold 20 if I had the trucks".

The civil defense office has given away 6,000 copies of its booklet, "Ten Feet Under: A Family Guide to Shelter", since July, and has sent for 10,000 more.

Hannaford says a family can make a corner of its basement reasonably safe for about $150 with sandbags, a stock of water and a battery radio.

"A shelter does not have to cost a year's pay", he says. "It has to be dug, stocked and ready, and most of the ones I see are only dug".

A hardware dealer on Hollyhock Street says he has sold out of flashlight batteries three times since July. "People buy a shelter and then they come in for everything else", says the dealer, Tolbert Clegg. "I have sold more canned heat this fall than in the last ten years put together".

The Stoltzfus shelter was finished last week. Mrs. Stoltzfus has stocked it with two cots, a chemical toilet, a shelf of canned goods and the checkerboard.

"The children call it the clubhouse. I hope that is all it ever is".
'''

T["prf12-nettlecombe-flood.txt"] = '''
Nettlecombe remembers the flood of 1911

Fifty years ago tonight the earth dam above Nettlecombe gave way in a March rain, and a wall of water eleven feet high came down the Mallow River valley into the town. Thirty-one people died. On Sunday the town will unveil a granite marker at the corner of Tanyard and River Streets, where the water stood highest.

Mrs. Pearlie Ogletree was 12 years old that night and lived in the second house from the corner. She is 62 now and will lay the wreath.

"My father put us on the roof and then he went back in for the cow", she says. "I have never forgiven the cow.

"He came out again with the cow on a rope, both of them swimming, and we sat on that roof until daylight with the cow tied to the chimney".

The Nettlecombe Clarion, which printed a single sheet the next day on a hand press on the hill, reported that "the river has taken the bridge, the mill and the best part of the town". It put the dead at 40, a figure it corrected a week later.

The mayor that spring was Omri Kenworthy, a lumber dealer. His proclamation, posted the next morning on the door of the Methodist church, is in the keeping of the Nettlecombe Historical Society. "No man shall charge more for bread, lamp oil or lumber than he charged on the 1st of March", he wrote. "I will close the store of any man who does".

His daughter, Miss Florrie Kenworthy, is 81 and lives in the house he built on the hill after the flood. She remembers that he came home at dawn with his boots full of water.

"He sat down at the kitchen table and wrote that proclamation before he took his boots off", she says. "Then he went out and closed his own lumber yard to show he meant it".

Gaither Roebuck was 14 and had a rowboat. He says he made 19 trips between the roofs on Tanyard Street and the hill that night, and he is not sure how many people he carried.

"Nobody counted, and nobody asked your name", Roebuck says. "You took whoever was nearest the boat and you went back. A boy does a thing like that because nobody has told him he can't".

The town has talked about a marker for 50 years, the old-timers say, and put it off every year for something more pressing.

The money was finally raised this winter by the historical society, whose president, Mrs. Elzie Shackleton, says 900 people gave to it, some of them a dime at a time. "We had one check from California for $100 and one from a child in the second grade for seven cents", she says. "We have framed them both and hung them up".

Nineteen of the 31 dead were children, according to the historical society, and six of them were never identified.

The present mayor, Clovis Greenhalgh, says the dam was rebuilt in 1913 with a concrete core and has been inspected every year since. "I tell people it will not happen again", he says. "Then I go up and look at the dam myself".

The service on Sunday will begin at two o'clock at the marker. A choir from the three churches will sing "Beyond the Waters", the hymn that was sung at the funeral of the flood's dead in 1911, and the names of the 31 will be read.

Mrs. Ogletree says she will not make a speech. "I will lay the wreath and go home", she says. "I have told the story of that night often enough for one lifetime".

"But I will tell you one thing more. We named the cow Jonah, and she lived to be 17".
'''
