# Hand-written article texts for devset17, part 1 (cop01-cop06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Spot news, crime and the
# courts ("cops"): fires, crashes, storms, accidents, robberies, trials, as a 1961 wire or
# city desk printed them; a file holds one story or two or three, each under its own headline.
T = {}

T["cop01-tollgate-street-fire-drowning.txt"] = '''
Mother and four children die in tenement fire

A mother and four of her children died early yesterday when fire swept a three-story frame tenement at 418 Tollgate St., and 14 other tenants escaped down ladders and a rear fire escape.

The dead were Mrs. Lettice Pomfret, 31, and her children, aged two to nine. Her husband, Jarrow Pomfret, 34, was at work on the night shift at the Quillerby Box Co. when the fire broke out about 3:40 a.m.

Fire Chief Nevil Drummock said the fire started in a stairwell on the first floor and went up the wooden stairs "like a draft up a chimney". He said the cause of the fire was under investigation. "By the time the first engine got there, the stairs were gone", he said. "Nobody on the third floor had a way down but the windows".

Police said two men had been questioned and released.

Mrs. Orpha Tansley, 54, of 420 Tollgate St., said she was awakened by the smell of smoke and saw flames in the Pomfret windows. "I could hear the children calling and I could not get near the door", she said. "The heat came right through the wall".

"I took the baby from a woman on the fire escape and I do not even know whose baby it was", said Dacre Humbleby, 19, who lives on the second floor. He said he had carried two children down the fire escape before the firemen came.

Two of the rescued were taken to St. Ebba Hospital. A hospital spokesman said both were in fair condition and would be kept for a few days.

Jarrow Pomfret reached the building at 5 a.m. His brother, Lovel Pomfret, who lives in the same block, had been with him since. "He keeps asking whether anybody went back for them", the brother told reporters. "I do not know what to tell him".

Firemen found the mother and three of the children in a rear bedroom, Drummock said. He said the fourth child was found by a window "where she must have been trying to get air".

The building inspector, Gage L. Vantage, said the house had been cited twice in 1960 for lack of a second fire escape on the north side. He said the owner had been given until Jan. 1 to put one up, and that the city would ask the district attorney to look into the case.

Deputy Fire Marshal Rafe Cleghorn said his office had found no sign that the fire was set. "We have not ruled anything out, and we have not ruled anything in", he said.

One neighbor said the landlord had been warned "by everybody on the street". The owner could not be reached.

Boy, 12, drowns in Pidgeon's quarry pond

A 12-year-old boy drowned yesterday afternoon while swimming with two friends in the flooded Pidgeon's quarry off Hasketon Road.

He was Quintin Ardery, son of Mr. and Mrs. Ingersoll Ardery of 77 Larchmere Ave. Police said the water at the spot was 40 feet deep.

His companion, Darby Blades, 13, told police the boy had swum out to a ledge and "just went under, without a yell or anything". He said the two of them had tried to reach him and could not.

The boy's father, Ingersoll Ardery, said he had forbidden his son to go near the quarry. "He promised me in June he would stay away from it", the father said. "I suppose every boy promises that to his father".

The county coroner, Dr. Fulbert Pettifer, said the boy had apparently been seized by cramps in the cold water. "That pond has taken three boys since the war", he said.
'''

T["cop02-route-40-crash-girl-found.txt"] = '''
Six killed in Route 40 crash

HALSTOW, Ind. (AP) -- Six persons were killed today when a car and a gasoline tank truck collided head-on on a curve of U.S. 40 two miles west of this town.

State police said the car, driven by Gerrit Dobbie, 27, of Dunsfold, had crossed the center line on a wet pavement. All five persons in the car and the driver of the truck were killed. The truck burst into flames.

A spokesman for the state police said the highway was closed for four hours while firemen from three towns fought the blaze. He said it was the worst accident on the road since 1954. "The pavement there has a slant to it that throws a car wide", he said.

The dead in the car were Dobbie, his wife, Albinia, 25, his father, Uriel Dobbie, 58, his mother and a neighbor, Mrs. Leda Cowdery, 60. The truck driver was Nye Stainsby, 44, of Corsham Falls.

Sheriff Kendal Mabberley of Wrennock County said the family had been on its way home from a wedding at Pellston. "They were the kind of people who never took a chance in their lives", the sheriff said. "That curve took it for them, on a wet night".

Dering Dobbie, 31, the driver's brother, was driving behind the car with his own family and saw the crash. He told reporters that his brother had slowed down for the curve "and the back end just went out from under him".

"I saw the truck coming and I blew my horn, but there was nothing Gerrit could do", he said. "My father was in the back seat. He waved at my kids a minute before".

The Wrennock County coroner, Dr. Jory Stobart, said all six had died at once. "There was no suffering, and that is the only good thing I can say about it", he said.

Mungo Hollinrake, 49, a farmer who lives at the curve, said he had asked the state highway department for a guard rail three times. He said the department had written to him in 1959 that the curve was "on the list". Authorities said an inquest would be held Friday.

Missing girl, 4, found safe in cornfield

GRAYLING FORGE, Ind. (AP) -- A four-year-old girl who was missing for 19 hours was found asleep today in a cornfield a mile from her home, with her dog curled up beside her.

Sheriff Kendal Mabberley said the girl, Kezia Nuttall, had wandered away from her parents' farm yard about 4 p.m. yesterday. More than 300 volunteers searched through the night with flashlights.

She was found at 11 a.m. by Jarvis Endicott, 38, a feed salesman who had joined the search. "The dog heard me before I saw her, and it growled at me like I was a bear", Endicott said. "She woke up and asked me if it was time for breakfast".

Her mother, Mrs. Iantha Nuttall, 26, said the girl had followed the dog after a rabbit. "I have never prayed so hard in my life", she said. "I am never letting her out of my sight again, and the dog can have steak".

Her father, Neot Nuttall, 29, said he had walked the creek bank all night with a lantern. "I kept thinking of that creek, and I kept not finding her in it", he said.

A doctor who examined the girl said she was tired and hungry but unhurt. The sheriff said the search had been "the best turnout I have seen in 22 years". He thanked the volunteers and sent them home.
'''

T["cop03-tornado-kelvedon.txt"] = '''
Tornado kills 9 in Kansas town

KELVEDON, Kan. (AP) -- A tornado cut a path three blocks wide through this farm town of 2,400 late yesterday, killing nine persons, injuring at least 60 and leveling more than 100 homes.

Authorities said the dead included a family of four who were caught in their car on Main Street. State Civil Defense Director Umfrey T. Arkwright said the town "looks as if somebody ran a plow through the middle of it".

"I have seen tornado damage in this state for 19 years, and I have not seen a town hit harder than this one", Arkwright told reporters at the county courthouse, which was used as a first aid station through the night.

He said 40 National Guardsmen had been sent in to keep out sightseers and looters. Police said three youths were being held for taking radios from a wrecked appliance store on Siding Street.

The Weather Bureau at Wichita said the storm formed about 20 miles southwest of the town and was on the ground for 11 miles. It said a warning had been broadcast 35 minutes before the funnel reached Kelvedon.

A Kelvedon physician, Dr. Hamo Varden, said the injured had been taken to hospitals in three towns. "We sewed people up on the courthouse floor by lantern light until 2 o'clock", he said.

Fire Chief Ferrand Tregelles of Kelvedon said his men had pulled 14 persons from wrecked houses during the night. "Most of them walked out on their own feet, and thank God for cellars", he said.

A Weather Bureau meteorologist, Dorrell Scobell, said the funnel was first seen by a highway patrolman at 5:12 p.m. He said the patrolman's radio call had "given this town its 35 minutes".

Mayor Caswell Dimsdale said most of the town's people heard the warning on the radio and went to their cellars. "If it had come at night, with folks asleep, we would be counting a hundred dead", he said.

The mayor's own house, on Sorb Street, lost its roof. He said he had spent the night at the courthouse and had not yet looked at it.

Mrs. Nerissa Staverton, 67, of 310 Sorb St., said she and her husband rode out the storm under the cellar stairs. "It sounded like every freight train in Kansas going over at once", she said. "When we came up, the kitchen was in the yard and the cat was in the kitchen".

Her husband, Innis Staverton, 70, said the storm had lasted "not more than a minute, maybe less". He said he had been through the tornado of 1917 as a boy and "this one was worse, and I am old enough to know".

Two brothers, Berwick and Rance Jeavons, who farm together east of town, lost both their barns and 30 head of cattle. Berwick Jeavons said the two of them had been in the field when they saw the cloud. "We lay down in the ditch and held on to the grass", he said.

His brother said they had no insurance on the barns. "We will build them again, but I do not know with what", Rance Jeavons said.

The Red Cross set up a shelter in the high school gymnasium. Its disaster director, Miss Verity Etheredge, said 210 persons had slept there last night on Army cots. She said the greatest need was for blankets and for clothing for small children.

Gov. Grantham Dunnock flew over the town this morning and said he would ask the President to declare it a disaster area. "These people have lost everything but their nerve", he said.
'''

T["cop04-fenstanton-plant-explosion.txt"] = '''
Blast at chemical plant kills 4 men

THRELBY FALLS, Pa. (UPI) -- An explosion ripped through a mixing building at the Fenstanton Chemical Corp. plant here today, killing four workmen and injuring 11.

The blast, at 10:15 a.m., was heard eight miles away. It blew out windows in 40 homes on the hill above the plant and set fire to a storage shed.

The company said in a statement that the explosion took place in a vat where a solvent was being blended, and that the cause "has not been determined and will not be guessed at". It said the plant had gone 1,100 days without a lost-time accident.

The plant manager, Warburton K. Entwistle, told reporters that the four men who died had been standing within 20 feet of the vat. "They never knew what happened to them", he said. "I knew every one of those men by his first name".

Entwistle and the state's chief of industrial safety, Keyes Helmsley, walked through the wrecked building this afternoon. He said afterward that the state would not let the building be used again until its engineers were satisfied that the vats were safe.

"I am not going to guess at the cause, and I am not going to let anybody else guess at it either", Helmsley said. He said his office had inspected the plant in March and had found "nothing out of the way".

Of the dead, two were father and son: Tyrell Stapleford, 56, a foreman, and his son, Tyrell Stapleford Jr., 23. A third son, Yorick Stapleford, 28, who works in the shipping room, was not hurt.

"My father got Tyrell the job in June", Yorick Stapleford said outside the plant gate. "He told me he wanted one of us where he could keep an eye on him".

One of the injured, Wingate Dunster, 41, said from his bed at Threlby Falls General Hospital that he had been carrying a drum to the door when "the floor came up and hit me". He said he could not remember anything after that.

Odo Brierley, 33, a laborer who was working outside the building, said the roof lifted "a foot in the air and came down again". "Then the fire came out the door after the men", he said.

Dr. Fidelia Tremlow, the hospital's chief of surgery, said three of the injured were in critical condition. She said the others had burns and cuts "that will heal, though they will leave marks".

The president of the Fenstanton company, Bladen Rosewarne, flew in from New York this afternoon. He said the company would pay the funeral expenses of the four men and the hospital bills of the injured. "Whatever the cause was, these were our men", he said.

Local 822 of the United Solvent and Chemical Workers said in a statement that it had complained to the company about ventilation in the mixing building twice this year. Its president, Bronson Birtles, said the union would ask for a state hearing.

"We told them in February and we told them in May", Birtles said. "We are not going to tell them a third time. We are going to tell the state".

The county coroner, Dr. Wace Pogson, said he would hold an inquest after the state had made its report.

A spokesman for the company said no complaint about the mixing building had been received.
'''

T["cop05-ludgate-bank-holdup-chase.txt"] = '''
Bank robbers caught after 40-mile chase

Two gunmen who held up the Ludgate Savings Bank branch on Brattle Avenue yesterday morning and escaped with $23,600 were captured two hours later after a 40-mile chase that ended in a plowed field near Hemsby.

Police said the men walked into the bank at 9:10 a.m., just after it opened, and ordered the four employes and two customers to lie on the floor. One man held a pistol on them while the other filled a canvas bag from the cash drawers.

The head teller, Mrs. Rowena Quested, 45, of 19 Dill St., said the man with the pistol told her, take your time, lady, nobody gets hurt if nobody hurries. "He was the politest holdup man you ever saw, and he scared me more than if he had yelled", she said.

A customer, Pelton Fairlie, 62, a retired railroad conductor, said he had been making a deposit of $40. "I lay down on the floor with my bankbook in my hand and it is still there", he said.

The bank's manager, Radley Ogilvy, pressed an alarm button with his foot as the men left. He said the button rang at police headquarters "and I have never been gladder that we paid for it".

Ogilvy said the bank's loss was covered by insurance. He said the branch would open as usual this morning, "with the same tellers, if they want to come, and they say they do".

Patrolman Judd Goodwillie, cruising on Brattle Avenue, saw the men get into a gray sedan and followed them onto Route 63. He radioed for help and was joined by two state police cars at the county line.

"We went through Carbrook at 90 miles an hour, and they were throwing money out the window to slow us down", Goodwillie told reporters. "I do not think it slowed anybody down. It just made a lot of people in Carbrook happy".

The chase ended when the sedan skidded on a gravel road and rolled into a field. The two men were taken without a fight, police said.

State Trooper Kit Haigh, who drove one of the cars, said the sedan had been doing more than 100 miles an hour on the straight stretch past Carbrook.

They were identified as Lyall Pargiter, 33, and his brother, Emmet Pargiter, 29, both of Gorsey Row. Chief of Detectives Cheney Rackstraw said both had served terms in the state prison for robbery. He said the younger brother had been paroled in April.

Lyall Pargiter, asked by a reporter at headquarters whether he had anything to say, shook his head.

"The older one did the talking in the bank, and the older one did the talking when we caught them", Rackstraw said. "His brother has not said a word yet".

He said $19,850 of the money was found in the car. Police said about $3,700 was still missing, most of it scattered along Route 63.

Lyall Pargiter told detectives that he had planned the holdup alone and that his brother had only driven the car, Rackstraw said. The chief of detectives said he did not believe a word of it. "They both had guns in their pockets", he said.

The brothers' mother, Mrs. Jemima Pargiter, said at her home on Gorsey Row that she had not seen either son since Easter. "I raised them to work, and they never would", she said.

District Attorney Norwood Loveday said he would ask the grand jury for indictments on Monday. The brothers were held in $50,000 bail each.
'''

T["cop06-goodacre-murder-trial-opens.txt"] = '''
Widow tells jury of night husband died

The widow of a Brantwood feed dealer told a Superior Court jury yesterday that she heard two shots and a car door slam on the night her husband was killed in his store.

Mrs. Mehitabel Goodacre, 48, was the first witness for the state in the murder trial of Lemoine Gathercole, 26, a former clerk in the store, who is charged with shooting Gervais Goodacre, 52, during a robbery on the night of March 11.

The prosecutor, Assistant District Attorney Loring Lidgett, told the jury in his opening statement that the state would prove Gathercole had "come back to the store he knew, at an hour he knew, for money he knew was there". He said the state would show that the defendant had bought a pistol a week before.

The defense attorney, Valance Bagnall, told the jury that his client had been at a movie theater in Hemsby at the hour of the shooting. "The state has a dead man and a grudge, and it has put them together", he said. "It does not have a witness who saw Lemoine Gathercole in that store".

Mrs. Goodacre testified that she and her husband lived above the store. She said he had gone down about 10 p.m. to count the day's receipts.

Q. What did you hear? A. I heard two shots, one right after the other, and then the back door and a car door.

Q. Did you see the car? A. I saw the tail lights going down the alley. That is all I saw.

Q. Did your husband have any trouble with the defendant? A. Gervais let him go in January for being short in the cash drawer. He was not angry about it. He said the boy would learn.

On cross-examination Bagnall asked whether she had seen anyone in the store that night. She replied that she had not, and that she had gone down the stairs only after the car had gone.

The state's second witness, Niles Gosforth, 37, a filling station attendant at 611 Chalcot Road, said he sold Gathercole two dollars' worth of gasoline at about 10:20 p.m. that night. "He was in a hurry and he paid with a five and did not wait for his change", the witness said.

Under cross-examination he conceded that he had not been sure of the hour until police showed him his own cash slip. "I go by the slips, and I always have", he said. "The slip says 10:22, and the slip is right".

Patrolman Vardaman Jessop testified that he found the back door of the store open at 10:35 p.m. and Goodacre on the floor behind the counter. He said the cash drawer was empty and the safe was locked.

The coroner's report, read to the jury by Lidgett, said Goodacre had been struck by two bullets fired from a distance of "not more than six feet, and probably less". It was signed by the county coroner, Dr. Fulbert Pettifer.

Goodacre's brother, Uzziah Goodacre, sat in the front row through the day. He told reporters at the recess that the family wanted "no more and no less than the law allows".

Bagnall said at the recess that he would put the defendant on the stand "if the state ever gets to the end of its list".

Gathercole, a thin young man in a blue suit, sat with his hands folded and did not look at the witnesses. His mother sat behind him.

Judge Tristan Ringrose adjourned the trial until this morning. He told the jurors not to read newspaper accounts of the case or to discuss it among themselves.
'''
