# Hand-written article texts for devset25, part 2 (dis07-dis12): a hotel fire, a blizzard, a
# chemical plant explosion, a tornado, a boating tragedy, a heat wave. Same form as part 1.
T = {}

T["dis07-hotel-chaumerelle-fire.txt"] = '''
Night clerk rouses guests as hotel burns; 5 die

SAINFONTAINE, Mich. (UPI) -- Fire swept the four-story Hotel Chaumerelle in the downtown section here early today, killing five persons and injuring 14. About 60 guests escaped, many of them in their nightclothes, into a temperature of 9 above zero.

Fire Chief Delmas Rivelaine said the fire started in a storeroom off the lobby about 2:30 a.m. and went up an open stairway "like a chimney".

He said the five dead were found on the fourth floor, three of them in one room at the end of the hall. "They never got to the fire escape. The smoke got them in bed or at the door", he said.

Firemen said the hotel, built in 1898, had no sprinkler system. The state fire marshal's office said it would send an investigator tomorrow.

The night clerk, Raeford Wautrequin, 67, who has worked at the hotel for 22 years, ran up the stairs to the second and third floors pounding on doors before the smoke drove him back. He was treated for burns on his hands. Rivelaine called the clerk's climb "the bravest thing I have seen in 30 years of this work".

The hotel's owner, Goebel Grandprelle, said the building had passed a city fire inspection in October. "We did everything the city asked us to do, and more", he said. He said the hotel would not be rebuilt. "I am 71 and the hotel is 63, and neither of us is coming back".

Among the guests who escaped was a traveling salesman, Mancel Dorfontaine, 41, of Toledo, Ohio, who climbed down a drainpipe from the third floor.

The city building inspector, Everette Pontrelle, said the October inspection "covered the wiring and the exits, and the exits were adequate for a building of that age".

Wautrequin said at the hospital that he had been reading a newspaper at the desk when he smelled smoke.

"I opened the storeroom door and it came out at me, and I shut it again", he said. "I pulled the alarm box on the wall and then I went up. I did not stop to call anybody.

"I know every room in the house and who is in it. I beat on the doors and hollered their names, the ones I knew. On the fourth floor I could not see my hand, and I had to come down".

He said he did not know how the fire had started, and that he would go back to work "if they build another hotel, and if they will have me". The chief said the cause had not been determined. He said it might have been "an old extension cord or a careless cigarette".

Dorfontaine, the salesman, said he was awakened by the clerk "hammering on the door and yelling my name, which I did not know he knew".

"The hall was full of smoke, so I went out the window", he said. "There was a drainpipe. I had not climbed anything since the Army, and I would not do it again for a thousand dollars".

Mrs. Myrtle Oudelette, 70, who had lived at the hotel for 15 years, said she had "nothing but this bathrobe and my glasses, and I am thankful for the glasses".

"Mr. Wautrequin came and got me", she said. "He is 67 years old and he carried my cat".

The Red Cross said it had found rooms for 41 of the guests in other hotels and in private homes.
'''

T["dis08-blizzard-strands-motorists.txt"] = '''
Blizzard strands 500 motorists on Kansas roads

HALVENCOURT, Kan. (AP) -- A blizzard with winds of 50 miles an hour and drifts up to 12 feet stranded more than 500 motorists on western Kansas highways today. At least three persons were dead.

State police said two men were found dead of carbon monoxide in a stalled car near Stavremont and that a farmer died of a heart attack while shoveling snow.

The Weather Bureau said the storm had dropped 14 inches of snow since Monday night and would not move out of the state before tomorrow noon.

The commander of the state police troop here, Capt. Hurley Marquesonne, said his troopers had checked 140 stalled cars along a 60-mile stretch of Route 96 and that all of them were empty or their people were safe.

"We have got people sleeping in churches, schools, filling stations and the county jail", he said. "The jail is the warmest place in town and nobody has complained".

He warned that anyone who left a stalled car in the storm was taking "a bigger chance than staying put with the engine off".

A snowplow driver for the State Highway Commission, Jeb Sauvelonne, 38, of Halvencourt, had been at the wheel for 30 hours by tonight.

The commission said in a statement that 85 plows and 200 men were working in the western third of the state, "and we will keep them working until every road is open".

Officials said 80 passengers of a transcontinental bus spent the night in the office of a grain elevator at Stavremont.

Sauvelonne told newsmen by telephone from a farmhouse near Stavremont, where his plow was stuck, that he had pulled 23 cars out of drifts in the night.

"You cannot see the hood of the truck, let alone the road", he said. "I go by the fence posts, and when the posts are under, I go by feel.

"About 3 this morning I came on a car with a man and his wife and four kids in it, no heater, no gas. The kids were wrapped up in the floor mats. I put all six in the cab with me and we drove 11 miles at two miles an hour".

He added that he would go back out as soon as the plow was dug loose.

The family was that of Burrell Fontenaille, 33, a machinist from Oudenval, Colo., who was driving home from a funeral in Missouri. "If he had not come along, I do not know. I had decided to walk for it at daylight", Fontenaille said at the farmhouse.

He said the children had been "better than I was, because they thought it was a game".

Mrs. Elnora Jalhaumont, 49, whose farmhouse on Route 96 took in 19 persons, said she had cooked "every egg on the place and most of the chickens". "There are people in every bed and on every floor, and a baby in a dresser drawer", she said.

Mrs. Dessie Lamarmont, 62, of Kansas City, who spent the night in the jail with her sister, said it was "clean as a whistle and the coffee is better than mine". "The sheriff's wife made us pancakes. I am going to write her a letter when I get home", she said.

The Weather Bureau said temperatures would fall to 10 below zero tonight.

The troop commander said the storm was the worst he had seen in 19 years with the state police.
'''

T["dis09-lamorteau-chemical-blast.txt"] = '''
Blast wrecks chemical plant; 6 dead, 30 hurt

MOUCHETELLE, N.J. (UPI) -- An explosion and fire tore through a solvent building of the Lamorteau Chemical Corp. plant here this afternoon, killing six workmen and injuring 30. The blast broke windows a mile away.

The company said in a statement that the explosion occurred at 2:14 p.m. in a distilling column in Building 7, where 42 men were at work. "The cause is not known. The company will spare no expense to find it", the statement said.

Witnesses said a column of black smoke rose 2,000 feet and could be seen from the Garden State Parkway.

The county fire marshal, Cleatus Delvigneau, said the first blast was followed by two smaller ones "as the fire got into the drums".

"It will be two days before anybody can get into the middle of that building", he said. "What is left of it. The roof is in the parking lot".

He said he had found no violations in an inspection of the plant in May, but that Building 7 had not been inspected "because it was not finished then".

Among the injured was a still operator, Reese Hoursinne, 29, of Mouchetelle, who was blown through a doorway into a loading yard. He has burns on his face and hands.

The plant manager, Estes Bouvignard, told newsmen at the plant gate that the six dead men were all in Building 7 and that their families had been told.

"These were men I worked with every day. Every one of them knew that building", he said.

The president of Lamorteau Chemical, Ovid Marchelot, flew from New York and said the plant would stay closed until the cause was found. "We will not ask a man to go back into any building out there until we know", he said.

Mrs. Ruthanne Sambreval, 52, who lives across the road from the plant, said the blast threw her against the kitchen wall. "Every window in the house came in at once, and the clock stopped at 2:14", she said.

Officials said about 80 homes within half a mile were damaged. Mayor Armand Renardmont said the borough would ask the state to hold a public hearing. He said the plant had been "a good neighbor for 40 years, until today".

Hoursinne, speaking from his bed at Mouchetelle General Hospital, said he had been checking a gauge on the column "when it began to shake and whistle".

"I yelled to Olen and the others to get out, and I started for the door", he said. "I was about there when it went. I do not remember going through the door.

"When I came to, I was lying on the railroad siding, and somebody was pouring water on me out of a bucket. I asked him about Olen and he did not answer".

His wife, Mrs. Verdie Hoursinne, said her husband "did not want that job, but it paid 22 cents more an hour".

The company reported later that 19 of the injured were still in hospitals tonight, four in critical condition.

A spokesman for Local 627 of the Chemical and Allied Trades Union, which represents the plant's 600 production workers, said the union had complained about the ventilation of Building 7 in August. He said the union would ask for a state hearing of its own. The company said it had no record of any such complaint.
'''

T["dis10-ternierville-tornado.txt"] = '''
Tornado cuts path through town; 11 killed

TERNIERVILLE, Tex. (AP) -- A tornado cut a path three blocks wide and two miles long through the east side of this cotton town of 4,000 at suppertime yesterday, killing 11 persons and injuring more than 70.

The Weather Bureau said a tornado warning had been broadcast for Ternier County at 5:10 p.m., 25 minutes before the storm struck. It said at least four other funnels were sighted in the county during the evening but did not touch the ground.

Sheriff Carmon Bocqueville said 11 bodies had been taken to a funeral home and that a boy of 7 was still missing.

"We have looked in every pile of lumber on the east side, and we will keep looking all night", he said.

Deputies said the tornado came in from the southwest "with a roar like a dozen freight trains".

Among the houses destroyed was that of Mrs. Viola Brouchenal, 58, a widow, who lived with her son, Cloyd, 30, a cotton gin mechanic, on Pecan Street. Both were hurt.

The Red Cross said 140 homes had been destroyed or badly damaged and that 90 families had registered for help at its center in a church.

The county civil defense director, Duard Pierrecourt, said the town's warning siren had sounded for three minutes "and anybody who was listening had time to get to a cellar".

"The trouble is, half the houses in this town have no cellar", he said. "We have been after them for years. Maybe now they will dig".

Dr. Gorman Sarlemont, the only surgeon at Ternierville Hospital, said he had operated for 14 hours without stopping. He said 31 of the injured were still in the hospital, "with cots in the halls and two in the chapel". "The nurses have not been off their feet since 6 o'clock yesterday", he said.

The warning was based on a radar echo "shaped like a fishhook", said Lynwood Valdefosse, the meteorologist in charge of the bureau's office at Abilene. "We saw it coming 40 miles off, and we put it on every radio station in the county".

Mrs. Brouchenal said from her hospital bed that she and her son had been eating supper when the lights went out. "Cloyd got up to see about the fuse box, and then the windows came in", she said. "He pulled me under the kitchen table. The table is all that was left standing in that house, and we were under it".

Her son said the roar "went on and on, like standing under a trestle with the train going over".

Brouchenal said he had been a volunteer fireman for six years and had never seen anything like it. "There is not a stick of our street left", he said.

The governor's office in Austin said two companies of National Guard troops would arrive by morning to help with the cleanup.

A truck driver, Waymon Grisemont, 34, of Fort Worth, who was passing on the highway, said he had stopped his truck and watched the funnel "pick up a barn and put it down in pieces".

Officials said damage would run to $3,000,000.

The sheriff said shortly before midnight that the missing boy had been found alive in a culvert a quarter of a mile from his home. "He was wet and scared and hungry, and that is all", Bocqueville said.
'''

T["dis11-cabin-cruiser-capsizes.txt"] = '''
Five drown as boat capsizes in bay squall

POINT VAUDELAINE, Md. (AP) -- Five persons, four of them teen-age boys, were drowned last night when a 26-foot cabin cruiser capsized in a sudden squall on Chesapeake Bay two miles off this fishing village. Three others clung to the overturned hull for four hours and were rescued.

The Coast Guard said the squall, with gusts of 60 miles an hour, struck the bay about 7:30 p.m. "with almost no warning". It said two of the bodies had been recovered and that boats and a helicopter would resume the search at dawn.

Officials said the boat, the "Petite Mouette", had been rented for the evening from a boat livery here by Evert Clairmontel, 44, of Baltimore, who took his son, his brother-in-law and five of the son's friends fishing.

The survivors were Clairmontel and two brothers, Conley Dubrasseur, 16, and Gaylon Dubrasseur, 14, of Baltimore. They were taken to Vaudelaine County Hospital, suffering from exposure.

A Coast Guard boatswain's mate, Hobert Moutardier, who commanded the 40-foot patrol boat that found them, said the three were "holding on to the propeller shaft and each other".

"The older boy had his arm through the shaft bracket and his brother's belt in his other hand", he said. "I do not think the little one could have held on another half hour".

The Coast Guard said the small-craft warning flags had been up at the Point Vaudelaine station since 4 p.m. The commander of the station, Lt. Hulon Bressoux, said the squall line showed on no weather map before 6 p.m. "It built up over the Eastern Shore and came across in 20 minutes", he said.

The owner of the livery, Hascal Pontdelaine, said he had warned Clairmontel about the weather. "I told him it was coming on to blow and he ought to keep inside the point", Pontdelaine said. "He said they would be back by dark".

He said the boat carried eight life jackets, "one for every man aboard, and I showed him where they were".

Clairmontel, speaking at the hospital, said the jackets were in a locker under the forward bunk and that the boat went over "before anybody could get to them".

"It came across the water like a wall. We were heading in and I turned her into it, but she went over in about three seconds", he said.

"My boy was right beside me when she went over", he said. "I had his hand and then I did not. I dove for him until I could not dive any more.

"The Dubrasseur boys got me up on the hull. I would not be here but for those two".

Conley Dubrasseur said the three had taken turns "slapping each other to keep awake".

His brother, Gaylon, said he had prayed "the whole time, out loud, and Conley told me to keep it down".

Mrs. Evert Clairmontel, who waited at the hospital with the parents of the Dubrasseur boys, said only: "He wanted Lamoine to have a birthday he would remember".

The dead were Clairmontel's son, Lamoine, 15; his brother-in-law, Benton Rochepiere, 40, and three of the boys' schoolmates, whose names were withheld.

The Coast Guard announced tonight that a board of inquiry would meet Thursday at Baltimore.
'''

T["dis12-dorimont-heat-wave.txt"] = '''
Heat wave kills 14; hospitals fill

DORIMONT, Okla. (UPI) -- The temperature reached 109 degrees here today, the sixth day in a row above 100, and the county coroner's office said the heat had caused or hastened 14 deaths since Saturday, most of them among the aged.

The Weather Bureau said there was "no relief in sight before the weekend" and that the high tomorrow would be 107.

"It is a big high-pressure dome sitting over three states, and nothing is going to move it for a while", said Orland Belchamps, a forecaster at the bureau's office at the airport.

Dorimont General Hospital reported it had admitted 61 persons for heat exhaustion or heat stroke since Saturday, against four in the same days last year.

The hospital's administrator, Malvern Sainvaux, said every bed was full and that patients were being put on cots in the halls. "We have eight fans in each ward and they are moving hot air from one end to the other", he said.

He said the hospital had borrowed two air-conditioning units from a department store "for the worst of the old people, the ones over 80".

The city health commissioner, Dr. Claudius Petitjeanne, said most of the dead were elderly persons who lived alone in upstairs rooms and "would not open a window for fear of burglars".

He urged families to look in on elderly relatives and neighbors twice a day. He said six of the 14 dead had been found by neighbors, "most of them a day or two too late".

"An old person does not feel thirst the way a young one does", he said. "By the time they know they are sick, they are very sick.

"Salt tablets and water, a cool bath and a fan. That is all it takes, if somebody comes in time".

He said the city would open the auditorium "and every other building with cooling that we can get the keys to" to anyone who wanted to sleep there.

Police said an 84-year-old man was found dead in his room on Carrefour Street this morning, and two men of a street paving crew collapsed at noon.

The Brisefer Power and Light Co. said in a statement that its customers had set a record for the use of electricity on Monday and again today. It asked them to turn off lights and appliances they did not need. The statement said the company's lines "are carrying all we can give them and a little more".

The manager of the Belvaux Ice Co., Arnett Dufresnoy, said the plant was running around the clock "and still cannot make it fast enough".

Mrs. Arvilla Vaneuse, 81, was brought to the hospital Sunday by a mail carrier who found her on the floor of her room.

The head nurse of the emergency room, Mrs. Elva Roncevelle, said she had seen "nothing like it in 26 years". "We have had some of them come in with a temperature of 108", she said.

Mrs. Vaneuse, sitting up in bed with a fan blowing on her, said she had lain down on the floor Sunday morning "because the floor was the coolest thing in the room".

"The next thing I knew, the mailman was there with a pitcher of water", she said. "I have lived in Dorimont since 1903 and I never saw a summer like this one, and I do not want to see another".
'''
