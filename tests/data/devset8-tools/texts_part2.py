# Hand-written article texts for devset8, part 2 (gov07-gov12).
T = {}

T["gov07-cresthaven-rooming-house-fire.txt"] = '''
Three die in rooming house fire

Cresthaven, Pa. (AP) -- Three men died early today when fire swept a three-story rooming house on Tanager Street. Police said the fire started in a first-floor kitchen about 3 a.m.

Fire Chief Augustin V. Pelletreau said the building had no fire escape and the back stairway "went up like a chimney, and there was nothing we could do".

According to police, the dead were Anselm Drouillard, 67, a retired glass worker; Ansgar Hollowbush, 58, and a man known to the other roomers only as "Sailor".

A neighbor, Mrs. Ottokar Brindlemeyer, said she was awakened by a man shouting in the street.

"He was standing in the snow in his bare feet and pounding on every door on the block", she said.

The man, Stanislaus J. Dobrowolski, 52, a roomer who got out through a second-floor window, was treated for burns at Cresthaven General Hospital. He told a reporter there he had tried twice to reach the third floor.

"I could hear them up there, but I could not see my own hands", he said.

The house had been cited twice for faulty wiring since 1959, according to Chief Pelletreau.

The owner, the Sheldrake Properties Co., said in a statement that the house had passed a city inspection in March and that the wiring had been replaced in the spring.

The chief said the city inspection in March "was of the furnace, not the wiring, and the owner knows it".

Police said the cause of the fire was still under investigation. Firemen from Cresthaven and two neighboring towns fought the blaze for three hours.

Councilman Anatole B. Pfannkuch said he would ask the council Monday for an ordinance requiring outside fire escapes on every rooming house of more than two stories.
'''

T["gov08-vinemont-council-briefs.txt"] = '''
Council votes new water rates

Vinemont, Va. -- The City Council voted 5 to 2 last night to raise water rates 18 per cent on Jan. 1, the first rise since 1949.

Councilman Erasmus T. Fogarty, who voted no, said the rise "falls hardest on the families with the most children".

"A bachelor in a hotel pays the same as a man with eight children in a house", he said. "That is not a rate. That is a penalty".

City Manager Percival N. Oakhurst said the water department had lost money four years in a row and could not pay for the new filter plant without the rise.

Zoning board turns down shopping center

The Board of Zoning Appeals turned down a request by Hemingford Builders Inc. to put a shopping center on 40 acres at Sumter Road and Quimby Lane.

Mrs. Leonidas Eckhoff, president of the Quimby Lane Civic League, told the board that the center would add 500 cars an hour to Quimby Lane, "right past the door of a grade school".

About 60 members of her league sat in the hearing room, some with signs reading "Keep Vinemont Green".

A lawyer for the builders, Lysle R. Wimbish, said the company would appeal to the Circuit Court. "The board has listened to the loudest voices, not the best arguments", he said.

Police chief asks for more men

Police Chief Obadiah F. Sjoberg asked the council for 12 more patrolmen in next year's budget.

"We have the same number of men we had in 1950, and twice the number of cars on the streets", he said.

Burglaries in the city rose 30 per cent in the first nine months of the year, according to the chief.

Mayor Cleon Arbogast said the council would take up the request when it meets on the budget Nov. 14.
'''

T["gov09-delacey-congress-race.txt"] = '''
Delacey opens race for Congress

Kingsferry, Tenn. -- Peyton J. Delacey, a 38-year-old lawyer, opened his campaign for Congress last night and told 1,200 people at the Armory that he would "take the Eighth District back from the courthouse crowd".

A banner reading "A Voice for the Valley" hung behind the platform.

"For 16 years this district has been represented by a man who answers to one county judge and one bank", Delacey said.

He did not name the congressman, Rep. Hjalmar C. Sandifer, but the crowd knew whom he meant.

He said the district had lost two shoe factories and a railroad shop since 1955 and Sandifer had not "lifted a finger to keep them".

"I will not promise you a factory in every town. I will promise you a congressman who comes home", he said.

Delacey declared he would meet Sandifer in a public debate "any night, in any county, on any subject the congressman picks".

He declared:

"They say I am too young. I am older than Mr. Sandifer was when he first went to Washington, and I have not been there long enough to forget the way home".

Sandifer's friends in the courthouse have taken to calling the Delacey people "the silk-stocking boys".

Sandifer, reached by telephone in Washington, said he would run on his record and would come home to campaign after Congress adjourns.

"The people of the Eighth know what I have done for them. I do not need a young man to tell them", he said.

The Democratic county chairman, Mrs. Beulah Stanhope, said the party organization would stay neutral until the August primary.
'''

T["gov10-telephone-rate-hearing.txt"] = '''
Phone company asks rate rise

Merrivale, Minn. (AP) -- The Northern Prairie Telephone Co. asked the state Railroad and Warehouse Commission today for $2.1 million a year in new rates, and told it that without them the company "cannot put a dial phone in one farm home in ten".

The company's president, Aurelius K. Boatwright, was the first witness. He testified that the company earned 4.1 per cent on its investment last year, "the lowest of any telephone company in the Middle West".

"We are not asking for a profit. We are asking to stay in business", he said.

Under cross-examination by the commission's special counsel, Miss Hortense J. Oates, he conceded that the company had paid a dividend every year since 1938.

"Every year, Mr. Boatwright? Through the depression"? Asked Miss Oates.

"Through the depression and through the war", Boatwright said. "We are proud of it, and so are our stockholders".

Miss Oates said the commission's staff would offer its own figures next week, and they would show a return "nearer 6 per cent than 4, when the books are read right".

The Rural Telephone Subscribers Association said in a brief filed with the commission that farm families already paid more than city families for "a phone that rings in eight houses at once".

The association's president, Torsten Tobolsky of Skjeldal, told the commission the association would fight the rise "in every county seat in the state".

The chairman of the commission, Roswell P. Kittering, said the hearing would continue Monday, when it would hear from the farm organizations and the city of Merrivale.

Boatwright told newsmen after the session he thought the commission would rule by spring.
'''

T["gov11-little-cutler-flood.txt"] = '''
Flood drives 900 from homes

Grindstaff, W. Va. (UPI) -- The Little Cutler River went over its banks tonight for the second time in a month, and about 900 persons were moved from their homes in the lower town, according to the Civil Defense director, Ezekiel N. Vantreese.

Vantreese said the water was rising two inches an hour at the Main Street bridge and would crest about dawn "a foot higher than it did on the 3rd".

The Weather Bureau at Charleston said two more inches of rain were due by Thursday night.

Gov. Pemberton A. Sollars sent a telegram to the mayor late tonight. "The National Guard is ready to move on one hour's notice. Tell me what you need", the telegram said.

Mayor Adelbert Finchum said the town had asked the Red Cross for cots and blankets for 400 people.

"We had the school gym ready this time. Last time we were caught with our boots off", the mayor said.

Finchum said the town's water plant on the hill was safe, and people in the upper town should boil their drinking water "until the state health people say otherwise".

Schools in the lower town will be closed Thursday and Friday, according to the county superintendent, Mrs. Verbena Ruckerson.

A Red Cross spokesman in Washington said a disaster team would reach the town by morning.

Police said two men had been arrested for looting a hardware store on Depot Street. According to police, no one had been hurt.

The lower town, which old residents still call "the Bottoms", has flooded six times since 1936. Vantreese said the Army engineers had promised a floodwall in 1957 and the town was still waiting for it.

"They sent us a survey. You cannot stack sandbags on a survey", he said.
'''

T["gov12-kalvaria-note.txt"] = '''
Kalvaria protests fishing seizures

WASHINGTON (AP) -- The Kalvarian Foreign Ministry delivered a note to the State Department today protesting the seizure of two Kalvarian trawlers by the Coast Guard off the Oregon coast.

The note said the two trawlers had been fishing "in international waters, as they have done for forty years without complaint from anyone".

It demanded the release of the boats and their 31 crewmen "without delay, without conditions and without a fine".

A State Department press officer, Hollister G. Pym, said the Kalvarian note would be answered "in the normal way and in the normal time". He said the Coast Guard had found the trawlers inside the three-mile limit.

Pym told reporters he did not know when the crewmen would be released.

He said the Secretary of State had not seen the note, which arrived at the department an hour after he left for the NATO meeting in Paris.

The Kalvarian Ambassador, Dr. Radomir Vasarin, called at the department in the afternoon. He told newsmen afterward his government "does not wish to make a large quarrel out of a small one".

"But forty years is forty years. My fishermen know these waters better than your charts do", he said.

The Coast Guard said the boats, the Marta and the Slava Morya, were taken to Tillamook and would be held there until the Justice Department decided what charges to bring.

Sen. Alpheus K. Hesketh (R-Ore.) said he had asked the Coast Guard for a full report. He called the seizure "the first good news for our fishermen in a long time".

It was the third such note from Kalvaria since 1959. The State Department has never made public its answers to the first two.
'''
