# Hand-written article texts for devset25, part 1 (dis01-dis06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Disasters and spot news
# ("dis") from the wires of 1961, as out-of-town stories ran in a city paper: a train wreck, a
# mine cave-in, a hurricane's landfall, a river flood, an airliner's emergency landing, a
# school-bus crash; each file is one wire story under one headline, opening with its dateline.
T = {}

T["dis01-gohimont-flyer-derailed.txt"] = '''
Seven killed as train leaves rails on curve

HENNECOURT, Pa. (AP) -- Seven persons were killed and 41 were hurt today when five cars of an eastbound passenger train of the Lovenfosse & Western Railroad left the rails on a curve and rolled down a 30-foot embankment into Wegnezelle Creek.

Officials said the train, the Gohimont Flyer, was carrying 212 passengers from Pittsburgh to Philadelphia. Witnesses said the cars "folded up like an accordion" as they went over.

A spokesman for the railroad, Elton Vaudrimont, said the train had been traveling at about 50 miles an hour, "which is the posted speed for that curve and not a mile over".

He said the engineer and the fireman, both of Tilmanville, were not hurt and had been questioned by railroad officials. "We do not know yet what happened, and we are not going to guess", Vaudrimont said.

The railroad said in a statement tonight that the roadbed had been inspected Monday and "found in good order". It said the injured had been taken to hospitals in Hennecourt and Jehaucourt and that the company would pay their bills.

Among the injured was the rear brakeman, Buel Delmarcelle, 52, of Tilmanville, who walked a mile up the track in the dark with a lantern to flag down a westbound freight.

Coroner Dillard Ramelot of Ardenville County said three of the dead had not been identified. He said he would hold an inquest next week "when the railroad's men and the state's men have had their look".

Mrs. Zona Malvoisard, 38, of Gerpinville, N.J., who was riding in the third coach with her two sons, was treated for cuts and released.

Four of the dead were in the second coach, which came to rest on its roof in the creek. Two hundred volunteers from Hennecourt and Jehaucourt worked through the night by the headlights of fire trucks. State police said the last of the injured was brought out at 3:40 a.m.

Delmarcelle said from his bed at Hennecourt Hospital that he had been sitting in the rear car "working on my report" when the train began to sway.

"I felt her lift on the outside rail and I knew we were going", he said. "I got down on the floor and held on to a seat leg. When we stopped, the car was on its side and the lights were out.

"I could hear people calling in the cars ahead. I found my lantern and went back up the track, because No. 14 was due in 20 minutes and nobody else was going to stop her".

The freight stopped a quarter of a mile from the wreck, railroad officials said.

Mrs. Malvoisard said she had been reading to her sons when "the whole car went up on one side and stayed there". "The boys went into the aisle and I went on top of them", she said. "The man across from us pulled us out through a window. I never got his name".

Witnesses said the man was a passenger from Baltimore who helped carry the injured up the embankment for two hours.

The coroner said the engineer, Emmitt Jodoigneux, 58, had told him he shut off the throttle before the curve, as he always did. Jodoigneux could not be reached.

Vaudrimont said the railroad would send a wrecking train from its Lovenfosse shops at daybreak and expected to reopen the line by Thursday. "Until then the Flyer will run by way of Rochecourt", he said.

The state Public Utility Commission said it would send two inspectors to the wreck tomorrow.
'''

T["dis02-vieuxbois-mine-cave-in.txt"] = '''
Rescuers dig toward four trapped miners

FAUQUEMONT, W. Va. (UPI) -- Rescue crews working in shifts dug tonight toward four coal miners trapped since early yesterday by a cave-in 2,300 feet inside the No. 3 mine of the Vieuxbois Coal Co.

Officials said the men were believed to be alive behind a fall of slate and roof rock about 80 feet thick. A fifth miner, Laddie Stembertin, 44, of Fauquemont, was pulled out with a broken leg four hours after the fall.

The general superintendent of the mine, Lenox Hannequart, told newsmen at the portal that the rescuers had cut through 30 feet of rock since noon and were "within 50 feet, maybe a little less" of the trapped men.

"We have air going in to them through a two-inch pipe, and we have been tapping on it every hour", he said. "About 4 o'clock we got tapping back. Four taps, then four more".

The company said in a statement that the section had been inspected by its fire boss at 6 a.m. yesterday, an hour before the fall, "and no bad top was found". It said the trapped men had food for a day in their dinner buckets and water from a seep in the entry.

The men were identified by the company as Haskell Lecharlier, 39; Ferd Moreauville, 51; Moreauville's son, Dorris, 22, and Wilburn Gohimont, 47, all of Fauquemont or the camps near it.

Lecharlier's younger brother, Merl Lecharlier, 34, a loader in the same mine, was on the rescue crew. He came out at the end of his shift black to the eyes.

"He is in there and he is all right, I know it", he said. "Haskell has been in tight places before. He will have the others sitting down and saving their lamps".

Women and children waited behind a rope at the portal through the night. A church in the camp served coffee and sandwiches from a tent.

Mrs. Ola Lecharlier, Haskell's wife, said she had not slept since the whistle blew at 7 a.m. yesterday. "They told me to go home and they would call me, but I am not going home without him", she said.

The captain of the rescue team, Boone Gilleminet, of the state Department of Mines, said the rock was "coming down in slabs as big as a kitchen table" and that his men had to set timbers every four feet.

"It is slow, and it has to be slow", he said. "If we hurry we will have eight men in there instead of four.

"My men know every one of those fellows. Nobody has to tell them to keep digging".

Mrs. Alma Moreauville, whose husband and son are among the trapped men, sat on a bench by the lamp house all day. "Ferd told me he would be home for supper. That was yesterday morning, and I have kept it warm", she said.

The Bureau of Mines said two federal inspectors had reached the mine this afternoon.

Stembertin, the miner who was brought out, said at Fauquemont Hospital that he had been working 30 feet from the others when the top "began to work", a creaking he had heard a hundred times.

"This time it did not stop", he said. "I yelled and ran, and the last thing I saw was Haskell's lamp turning around".

Hannequart said drilling of a second pipe from the surface, 190 feet above the men, would begin at daybreak. He said the company did not expect to reach them before tomorrow night. "Nobody goes home until those four men are out", he said.
'''

T["dis03-hurricane-roxane-landfall.txt"] = '''
Hurricane smashes Gulf coast town; 9 dead

PORT SAULMONT, La. (AP) -- Hurricane Roxane roared ashore here at dawn today with winds of 125 miles an hour, tearing the roofs from hundreds of houses, putting the waterfront under eight feet of water and killing at least nine persons.

The Weather Bureau said the center of the storm crossed the coast near Pointe Sablonet at 5:40 a.m. and was moving north-northwest at 14 miles an hour. It said the storm would weaken rapidly over land but would bring "torrential rains" to inland parishes tonight.

State police said nine bodies had been recovered, six of them from a fishing camp on Marchevaux Bayou. Officials said the toll might rise when rescue boats reached the lower end of the parish.

The Red Cross said 340 families were homeless in Port Saulmont alone and that 2,100 persons had spent the night in its 11 shelters.

Mayor Shelton Bellemarche, who rode out the storm in the basement of City Hall, said the town had "taken the worst beating since 1915".

"We have no lights, no water pressure and no telephone lines south of the canal", he said. "I have asked the governor for the National Guard and I expect them by noon.

"Anybody who left town, stay where you are. There is nothing to come back to tonight but mud and wire".

The Red Cross sent 40 workers from its area office, and its disaster director, Lindsey Garmoncourt, said more were on the way from Texas and Mississippi. "We are feeding 5,000 people on two gas stoves and a field kitchen", he said.

Among those brought out of the bayou camp by boat this morning was a shrimp fisherman, Zeke Thiernesse, 57, who had spent the night in the top of a cypress tree. His wife and a grandson were drowned.

Witnesses said the water rose "faster than a man could walk" along Levee Street after 4 a.m.

"The eye passed within four miles of this office, and the barometer went to 28.31 inches", said Delton Hubermont, the Weather Bureau forecaster in charge at Port Saulmont. "That is the lowest reading ever made on this part of the coast".

He said the storm had been the most intense to strike Louisiana since 1957 and had "stalled for an hour" just offshore.

Thiernesse said at the Red Cross shelter in the high school that his house was gone by 2 a.m. "The water came up through the floor and then the floor came up", he said. "I put the boy on the roof with his grandmother, and I went for the skiff. When I got back, there was no roof".

He said he had climbed the cypress when the skiff was swept away and had stayed there until a Coast Guard boat found him at 8 o'clock.

The state civil defense director, Archie Lambrechin, told newsmen by telephone from Baton Rouge that 60 trucks of food, water and cots were on the road. He said the highways north of town "are open but under water in places".

The mayor said police and deputies had orders to patrol the waterfront all night, and that any looter "will be dealt with as he deserves".

The Red Cross estimated later that the number of homeless families in the parish might reach 1,000 by morning.
'''

T["dis04-ourthemont-river-levee-break.txt"] = '''
River breaks levee; 2,000 flee farms

VESDRELLE, Iowa (AP) -- The swollen Ourthemont River broke through a levee north of here before dawn today and spread over 30,000 acres of bottom land, driving about 2,000 persons from farms and two small towns.

The Army Engineers said the break, about 200 feet wide, opened at 3:15 a.m. near the village of Courtebois and was still widening tonight.

The district engineer, Col. Wirt Sprimontel, said the river would crest at Vesdrelle tomorrow night at 27 feet, two feet higher than the levees on the south side of town were built to hold. "We will hold them if the rain stops. If it does not, I will not make any promises", he said.

He said 600 men, among them National Guardsmen and students from Vesdrelle College, were filling sandbags along the south levee under floodlights. "Every man who can carry a sack is welcome", he said.

Mayor Roby Rivecourt of Vesdrelle said 400 houses on the south side had been emptied "as a precaution, and I hope only as a precaution". He said the town's water plant was ringed with sandbags and would keep running "if we have to carry the pumps upstairs".

State police said every road into the bottoms was closed. The Salvation Army said it had served 3,000 meals by noon at the armory.

A farmer, Oather Gervaisot, 61, who has farmed 320 acres below the levee for 35 years, was taken off the roof of his machine shed by an Army amphibious truck at 7 a.m.

Gov. Audley Deprezelle told newsmen by telephone from Des Moines that he had asked the President to declare the valley a disaster area. "These people have lost a year's work in one night", he said.

He said he would fly to Vesdrelle tomorrow "if there is anywhere left to land".

Gervaisot, at the Red Cross shelter in the armory, said he had heard the levee go "like a freight train on the trestle".

"My wife and I got to the shed roof in our nightclothes and the water came up after us", he said. "We sat there and watched my corn go under. Four hundred head of hogs, and I could hear them.

"I have been through the floods of 1947 and 1951, and the Engineers told us this levee would hold anything. I would like to have had one of those fellows on my roof last night".

His wife, Mrs. Almeda Gervaisot, said she had saved "only what I had on, and the family Bible".

The Engineers said the levee had been raised two feet after 1951 and was built to federal standards.

Sprimontel, told of Gervaisot's remark, said the levee was built to hold a 25-foot stage and the river had reached 26.4 feet. "No levee is built to hold anything", he said.

Sheriff Thad Delcourtois of Ourthemont County said two men who went back for their cattle had not been found. "They were told, and they went anyhow", he said.

The Weather Bureau said another inch of rain was forecast for the upper valley tomorrow.

Some 470 families had registered at shelters in the valley by tonight, according to the Red Cross, which set up a field hospital in the Vesdrelle high school. Its chapter chairman, Mrs. Ruby Sartigny, said most of the families would stay with relatives "as farm people do".
'''

T["dis05-crahaymont-airliner-belly-landing.txt"] = '''
Airliner lands on belly; 58 walk away

GHISLEMONT, Mo. (UPI) -- A Crahaymont Air Lines airliner with 58 persons aboard made a wheels-up landing on a foamed runway here today after circling for two hours to burn off fuel. No one was seriously hurt.

The airline said in a statement that the plane, a four-engine DC-6B bound from Chicago to Dallas, developed trouble with its landing gear shortly after takeoff from a stop at Ghislemont. "The crew followed the procedure laid down for this emergency, and followed it exactly", the statement said.

Officials said the pilot, Capt. Gurney Marchevaux, 44, of Kansas City, brought the plane down on its belly at 3:12 p.m. Passengers said he came on the loud-speaker every half hour. Marchevaux would not talk with newsmen. The airline said he had flown for it for 17 years and had 14,000 hours in the air.

The chief stewardess, Miss Mertie Vandermeulin, 26, said she and a second stewardess had moved the passengers to seats over the wings and shown them how to brace "with the head down on a pillow and the arms around the knees".

"Nobody screamed. Nobody so much as asked for a glass of water", she said. "One little boy asked if he could keep the pillow, and I told him he could keep two".

The second stewardess, Miss Reba Courtevaux, 22, said the captain talked to the passengers three times "just like he was reading the weather".

A spokesman for the Federal Aviation Agency in Kansas City said an inspector had been sent to examine the plane.

Among the passengers were a couple on their honeymoon, Mr. and Mrs. Garvin Maquestel of Salmonville, Ill.; a Dallas oil man, Carlis Hautrivage, 50, and 11 members of a high school band from Vaudelaine, Tex., who were going home from a contest in Chicago.

The airport manager, Doyce Mondelaire, said fire trucks laid a strip of foam 3,000 feet long and 50 feet wide on the main runway while the plane circled. He said the runway would be closed until the plane could be lifted by cranes tomorrow.

Witnesses said sparks flew from under the plane for the length of a city block as it slid.

Hautrivage, who said he flies 100,000 miles a year, said the landing was "softer than some I have had with the wheels down".

"When we stopped, the stewardess had the doors open before the dust settled", he said. "I was on the ground and 200 feet away before I remembered my hat.

"I went back for it later. The hat was fine. I cannot say as much for my nerves".

Mrs. Garvin Maquestel, the bride, said she and her husband had held hands "and prayed out loud the whole way down". Her husband said: "I told her this was the only way to get a honeymoon the neighbors will never top".

The band's director, Heber Rouvemont, said the 11 boys sang "the school song, two hymns and most of the Marine Corps Hymn" on the way down. He said the instruments had been in the baggage hold and had not been damaged.

Mrs. Ora Beaufraisne, 67, of Fort Worth, who was making her first trip by air, said she would go home "by train, and I have told my son so".

The airline said the passengers were flown on to Dallas tonight in another plane.
'''

T["dis06-boisfontaine-school-bus-crash.txt"] = '''
School bus hit by gravel truck; 4 pupils die

BOISFONTAINE, Ky. (AP) -- Four children were killed and 22 hurt this morning when a school bus carrying 37 pupils to the Boisfontaine Consolidated School was struck by a loaded gravel truck at a crossroads three miles east of here.

State police said the truck, coming down a long hill, "apparently lost its brakes" and went through a stop sign.

Sgt. Arley Dumarchin of the state police post at Hautbois said the truck driver, Versal Crevecourt, 31, of Montrelle, had told him the brakes failed halfway down the hill.

"He pumped them and pumped them and nothing happened. He could go left into the bank or straight through the crossing, and he tried for the bank", the sergeant said.

The bus driver, Mrs. Fleeta Duvivenne, 46, who has driven the route for 11 years, was pinned behind the wheel for half an hour. She has a broken arm and cuts.

The dead, three girls and a boy, were all in the rear of the bus, where the truck struck. Their names were withheld until relatives could be told.

A spokesman for Boisfontaine Memorial Hospital said nine children were still in the hospital tonight, two of them in serious condition. "We had every doctor in the county here by 9 o'clock, and some from across the river", he said.

The superintendent of county schools, Lawson Vieuxcourt, said the county's schools would be closed tomorrow and Friday. He said the bus, a 1956 model, had passed a state inspection in August "with no marks against it of any kind".

A sixth-grade pupil, Tracy Hautmarais, 12, who was sitting behind the driver, said he had looked out the window and seen the truck "coming at us sideways, with smoke coming off the wheels".

"Everybody got thrown to the back. Mrs. Duvivenne was hanging on to the wheel and calling out for us to get down", he said.

His mother, Mrs. Pansy Hautmarais, said she heard the crash from her kitchen half a mile away. "I knew what it was before I got to the door", she said.

Witnesses said farmers from the nearby houses were at the bus within minutes, carrying children out through the windows.

Mrs. Duvivenne said from her hospital bed that she had stopped at the sign and looked both ways.

"I saw the truck at the top of the hill, and it was a long way off", she said. "I started across. When I looked again he was right on us, and I could see his face.

"He was standing up on the brake. I will see that face as long as I live".

A farmer who lives at the crossroads, Talbert Noirfontaine, 66, said he had asked the county three times for a warning sign on the hill. "They said it was on the list", he said.

The truck driver was treated for cuts and held at the state police post. Sgt. Dumarchin said no charge would be placed against the driver "until we have had a look at those brakes".

The owner of the truck, the Hautbois Gravel Co., said in a statement that the truck had been "overhauled from end to end, brakes included, in June".

Vieuxcourt announced that a memorial service for the four children would be held in the school gymnasium Sunday afternoon.
'''
