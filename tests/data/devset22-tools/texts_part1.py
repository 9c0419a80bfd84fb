# Hand-written article texts for devset22, part 1 (pol01-pol06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. The police, courts and
# accidents beat ("pol") of 1961, as the city desk wrote it: a drugstore holdup, a traffic
# death, a house fire, a drowning, a burglary ring, an arraignment.
T = {}

T["pol01-kappeler-pharmacy-holdup.txt"] = '''
Gunman robs drugstore clerk of $340

A young gunman in a gray topcoat held up the Kappeler Pharmacy, 1120 Wiesental Ave., at closing time last night and escaped on foot with about $340 from the cash register, police said.

The clerk, Darold K. Wyssbrod, 23, of 418 Schanzel St., told police the man walked in at 9:40 p.m. and asked for a package of razor blades. When Wyssbrod opened the register to make change, he said, the man drew a small revolver from his coat pocket and laid it on the counter.

Police quoted Wyssbrod as saying the gunman "never raised his voice and never once looked at the gun".

"He was polite about it, and that scared me more than if he had yelled", the clerk said later. "He even said thank you when I handed him the bills".

"I thought he was a friend of the boy's, they were talking so quietly", said Mrs. Walburga Immenhauser, 61, of 27 Tannacker Road, who was sitting at the soda fountain with a cup of coffee. "Then I saw the gun, and I just held on to my cup".

Mrs. Immenhauser said the man looked at her once and then turned his back on her. She told police he was about 25, tall and thin, with a narrow face and light hair combed straight back.

Mrs. Immenhauser said she stayed at the fountain until police came and finished her coffee. "It was paid for", she said.

Police said the man took only paper money and left the silver in the drawer. He walked out the side door onto Zehnder Street, and Wyssbrod called police from the telephone behind the prescription counter.

Patrolman Odis Tanniger, who was walking his beat two blocks away, said he reached the store within three minutes. "By then he was gone, and nobody on the street had seen a man running", the officer said.

Tanniger said he searched the alleys behind Zehnder Street with his flashlight for half an hour.

Detective Sgt. Hilmer Gisslinger, who is in charge of the case, said the description matched that of a man who held up a filling station on Haldenbach Road Friday night. "Same coat, same manners, same kind of gun", Gisslinger said.

He said detectives had found a fingerprint on the glass of the counter but did not know yet whether it was the gunman's.

The attendant in the Friday holdup, Delno Marbacher, 20, of 7 Haldenbach Road, said yesterday that the man who robbed him also wore a gray topcoat "buttoned right up to the chin".

"He told me to lie down on the floor of the office and count to a hundred, and I did", Marbacher said. "I got to about 40 and then I ran for the phone".

Gisslinger asked anyone who saw a tall man in a gray topcoat near Wiesental Avenue and Zehnder Street last night to call the detective bureau.

The owner of the pharmacy, Meinrad Kappeler, said it was the first holdup in the 31 years his family had run the store. His father opened it in 1930, he said, "when the street was still half pasture".

"We never kept more than a few hundred dollars in the register, and we never will", Kappeler said. "But I am going to put in a buzzer to the police station".

Police said the clerk was not hurt. Wyssbrod told newsmen he would be back behind the counter tonight.

"A man has to eat, and so does the store", he said.

The robbery was the fourth holdup of a drugstore in Felsenburg this year, according to police records.
'''

T["pol02-route-212-farmer-killed.txt"] = '''
Driver charged in death of Kolbendorf farmer

A Hasselburg man was charged with manslaughter yesterday after his car struck and killed a Kolbendorf farmer who was walking beside State Route 212 near his own mailbox, state police said.

The dead man was Norval Achtermann, 52, of R.D. 1, Kolbendorf. The driver, Lavon D. Griesbaumer, 27, of 31 Rebberg St., Hasselburg, was held in the Tannwald County jail in lieu of $5,000 bail.

State Trooper Gerd Hollenstein, who investigated, said Griesbaumer's car was traveling north at "well over 70 miles an hour" when it left the pavement on a curve a mile south of Kolbendorf.

He said the car struck Achtermann from behind, ran 140 feet along the shoulder and stopped against a fence post.

Hollenstein said Griesbaumer was not hurt and walked back to the body by himself.

Asked whether Griesbaumer had seemed drunk at the scene, the trooper said he had "smelled of beer and walked like a sober man".

"The skid marks start where the curve starts, and they do not stop until the fence", the officer said. "He never touched his brake until it was too late".

The trooper's accident report, filed at the Eichmattville barracks last night, said Griesbaumer had been drinking beer at a tavern in Grunwiesdorf "for three or four hours" before the accident.

The report said Griesbaumer told the trooper at the scene, "I saw him too late. I thought he was a post".

State police said a blood test was taken at Mattlingville Hospital. The results will not be known until Monday.

Griesbaumer, a mechanic at a Hasselburg garage, was arraigned last night before Justice of the Peace Theobald Kunzli of Kolbendorf. He entered no plea.

Kunzli told him, "A man is dead, and you will answer for it in the county court, not in my front parlor". Griesbaumer did not reply.

Kunzli said later that he had set the bail at $5,000 "because a man who drinks and drives will do it again".

Griesbaumer's employer, Arvel Tobler, owner of the Tobler Garage in Hasselburg, said Griesbaumer had worked for him for six years "and never once came in late or drunk".

"I cannot believe it of him. He is the best mechanic I ever had", Tobler said.

A truck driver who was behind the car, Ancil Zaugger, 44, of 9 Birkenrain Road, Eichmattville, said the car passed him on the straight stretch before the curve "like I was parked".

"I saw his taillights go off the road and I saw something fly up", Zaugger said. "I did not know it was a man until I stopped and walked back".

Achtermann's widow, Mrs. Iva Achtermann, said her husband had walked out to the mailbox every evening for 25 years to get the newspaper.

"He always said the cars could see him because of the white cap he wore", she said. "They found the cap out in the field".

She said the family had asked the state three times to put a warning sign at the curve. "They wrote back that it was on a list", she said.

State police said it was the 11th traffic death in Tannwald County this year, against 14 at this time last year.

Hollenstein said the curve had been the scene of five accidents since 1958. "It is a bad curve, but it is not a bad curve at 45", he said.

Achtermann is survived by his widow and three sons.
'''

T["pol03-zumbrunnen-house-fire.txt"] = '''
Fire destroys Weidachdorf home

Fire destroyed the two-story frame home of Ruprecht Zumbrunnen Sr., 67, at 55 Hirschmatt Road, Weidachdorf, early yesterday. Zumbrunnen escaped in his nightclothes after his son, who lives next door, pounded on the door and woke him.

Fire Chief Alfons Tschudin of the Weidachdorf Volunteer Fire Company said the fire started in the kitchen, apparently from an electric heater.

"By the time our first truck got there the whole back of the house was going", the chief said. "We saved the garage and that is about all".

Tschudin said 32 firemen from Weidachdorf and Ruppertsville fought the blaze for three hours in a temperature of 12 degrees. Water froze on the ladders, he said, and two men were treated for frostbitten fingers.

Tschudin said the company's new pumper, bought last spring for $21,000, "paid for itself this morning, if it never does another thing". "Without it we would have lost the son's house too", he said.

Tschudin said the house had no telephone, and the nearest fire alarm box was a mile away. "If the son had been ten minutes later getting up, we would be looking for a body today", he said.

The son, Ruprecht Zumbrunnen Jr., 38, said he got up at 4:30 a.m. to go to work at the Grunau quarry and saw a light in his father's kitchen window.

"I thought Pop was making coffee, and then I saw it was the wrong color for a light", he said. "I ran over in my socks".

The elder Zumbrunnen said he had gone to bed at 10 o'clock and had left the heater on because the kitchen pipes froze last winter.

"I have lived in that house since 1921, and I put every shingle on it myself", he said. "Now I will have to live with my boy, and he has four children".

"He can stay as long as he likes", the son said. "The children have already given him the best chair".

The younger Zumbrunnen said his father had refused to leave the yard until firemen carried out a trunk from the front hall. "It had my mother's wedding dress in it, and his discharge papers from the Army", he said.

Zumbrunnen's wife, Mathilde, was visiting her sister in Kolbendorf and was not at home.

A neighbor, Mrs. Verna Muhlethal, 54, of 61 Hirschmatt Road, said she was awakened by the sirens and saw flames "coming out of the roof like a torch".

Mrs. Muhlethal said she and her husband took the elder Zumbrunnen into their kitchen and gave him a pair of her husband's shoes. "He stood at the window and watched it burn and never said a word", she said.

Neighbors took up a collection of $260 for the Zumbrunnens last night, Mrs. Muhlethal said.

Firemen said the house was a total loss. Tschudin said the damage would run to about $14,000.

The Grunau Power and Light Co. said in a written statement that its lines to the house had been inspected in October and "were in good order".

The company said its men had cut the power to the house at 4:52 a.m., at the chief's request.

Deputy State Fire Marshal Urs Brechbuhler, who came from Hasselburg to look at the ruins, said he agreed with the chief on the cause. He said portable heaters had caused 19 fires in the county since November.

"People put them beside the curtains and go to sleep", Brechbuhler said. "Then they call us, and we come too late".

The elder Zumbrunnen said he carried insurance on the house but not on the furniture.
'''

T["pol04-altmatt-park-drowning.txt"] = '''
Mattlingville youth drowns at park beach

Verl Zwahlen, 17, of 14 Kreuzacker Road, Mattlingville, drowned yesterday afternoon in Sulzbach Lake at Altmatt Park, a few yards beyond the ropes of the public beach.

The lifeguard on duty, Gale Niederhauser, 19, a student at the state teachers college, said he saw the youth swim out past the diving float at about 3:15 p.m.

"I blew the whistle at him twice and he waved at me", Niederhauser said. "Then he went under and he did not come up".

He said he reached the spot in less than a minute but could not find the boy in the murky water, which is 14 feet deep there.

Two other lifeguards and a dozen swimmers joined the search. Niederhauser found the body on his fourth dive, police said.

Patrolman Rudolf Imhofer, who was on duty at the park, said the lifeguards "did everything that could be done and did it fast".

Niederhauser said he had warned swimmers away from the float twice earlier in the afternoon because of the crowd. "It was the hottest day of the summer, and we had 2,000 people on that beach", he said.

He said he had been a lifeguard at the park for three summers and had never lost a swimmer before. "You think about the one you did not get to", he said.

Firemen from the Mattlingville company worked over the youth with a resuscitator for 40 minutes. He was pronounced dead at the beach.

The lifeguard said the bottom beyond the float "drops off like a cellar step".

The boy's father, Hartwig Zwahlen, a foreman at the Kellerhof Dairy, said his son was a strong swimmer and had taught swimming to younger boys at a church camp last summer.

"He could swim across that lake and back before breakfast", the father said. "I do not understand it. I will never understand it".

Zwahlen said Verl had finished his shift at a filling station at noon and had gone to the park with his younger brother, Elvin, 15.

Elvin Zwahlen said his brother complained of a cramp in his leg while they sat on the float. "He said it would go away if he kept moving", Elvin said.

"I looked around and he was gone. I thought he was fooling, the way he always did", the brother said.

The father said Verl had never before gone out beyond the ropes, as far as the family knew. "He was the one who told the little ones to stay inside them", he said.

The boy's mother was under a doctor's care last night, his father said.

He said Verl had saved $400 toward college from his job at the filling station.

The park superintendent, Loyd Quellmalz, said the ropes were put out each June to mark the end of the shallow water.

"We have the ropes and the guards and the signs, and still they go out past them", he said.

Quellmalz said it was the first drowning at the beach since 1954. He said he would ask the park board to add a second guard tower next summer.

He said the lake had been tested by the county health department in July and found safe for swimming. The float will be moved 20 feet closer to shore tomorrow, Quellmalz said.

Police said the beach would stay open. The body was taken to the Hochfeld funeral home in Mattlingville.
'''

T["pol05-daylight-burglary-ring.txt"] = '''
Police break burglary ring, hold three

Three young men were arrested yesterday and charged with 23 burglaries of homes in Felsenburg and Hasselburg since September, police said.

Detective Lt. Gunther Hochstrasser told newsmen at police headquarters that the three had taken "everything from fur coats to a baby's piggy bank".

He named them as Irl Schupbacher, 31, of 206 Gerbergasse St.; Dwain Vollenweider, 26, of 18 Kalchofen Road, and Ferdie Uebersax, 22, of no fixed address.

According to Hochstrasser, the men worked in daylight, while the owners of the homes were at work. Schupbacher would knock at the front door, he said, and if no one answered the others went in through a back window.

"They always had a story ready if somebody came to the door", the lieutenant said. "They were selling magazines, or they were looking for a lost dog".

Hochstrasser said the three sold most of the goods to secondhand dealers in three cities. He said detectives had recovered about $6,000 worth of jewelry, silver, cameras and furs, and had a roomful of it at headquarters.

Police said Vollenweider was arrested Thursday night in a tavern on Zehnder Street and the other two at a rooming house early yesterday.

Police said owners of stolen goods may look at the recovered property at headquarters from 9 a.m. to 5 p.m. daily.

The lieutenant said Uebersax had "talked freely" after his arrest. "He said he was glad it was over, and I believe him", Hochstrasser said.

Schupbacher and Vollenweider refused to make statements, police said.

Hochstrasser said Schupbacher had served two years in the state prison for burglary and was on parole.

He said the three would also be questioned about burglaries in Ruppertsville and Kolbendorf.

A lawyer for Vollenweider, Merwin Ramseyer, said his client "was in that tavern every night because he lives over it, and that is all he was doing there".

One of the victims, Mrs. Ardith Pfefferlein, 70, a widow, of 33 Eichholz St., came to headquarters yesterday afternoon and picked out her late husband's gold watch from a table of recovered goods.

"I had given it up for lost", she told newsmen. "It was the one thing of his I kept on the dresser, and they took it".

Mrs. Pfefferlein said the burglars also took $31 from a sugar bowl in her kitchen and a fur neckpiece she had not worn in ten years. "They can keep the fur, I never liked it", she said.

Hochstrasser said the break in the case came Dec. 29, when a radio reported stolen from a home on Eichholz Street turned up in a secondhand store in Hasselburg.

A secondhand dealer, Ewell Kesselhut, of 92 Kornhaus St., Hasselburg, said he had bought a camera and two radios from Uebersax in November. He said he paid $45 for the lot and "never thought to ask where a young fellow gets three radios".

"A man comes in with a radio, you buy a radio", Kesselhut said.

Hochstrasser said the dealers who bought the goods would not be charged "unless we find they knew it was stolen".

The three were arraigned before Municipal Judge Gottlieb Ammeterli and held for the grand jury in bail of $10,000 each.

Hochstrasser said the arrests had cleared about half of the daylight burglaries reported in the city this winter. "The rest of them we will get, and we will get them soon", he said.
'''

T["pol06-dornacher-arraignment.txt"] = '''
Bookkeeper pleads innocent to $18,400 theft

Glenwood T. Dornacher, 41, of 12 Sonnhalde Road, former bookkeeper of the Stoeckli Lumber Co., pleaded innocent yesterday in County Court to a charge of embezzling $18,400 from the company over four years.

Judge Balthasar Inniger set his bail at $7,500 and put the case on the calendar for the March term.

Assistant District Attorney Rolland Mettler told the court that Dornacher had made out 61 checks to "a lumber company that does not exist" and cashed them at banks in three towns.

Mettler said the checks were made out to the "Hofacker Lumber and Supply Company" and deposited in an account Dornacher opened in Kolbendorf under the name of G. T. Hofacker.

"The name was the only thing that was made up. The money was real", Mettler told newsmen later.

"This was not a man who took a little now and then", Mettler said. "This was a system, and a careful one".

Mettler said the district attorney's office had subpoenaed the records of four banks. He said the state would call "about a dozen witnesses, most of them bankers".

The defense lawyer, Lyndell Hunziker, said his client denied taking "a single dollar that was not his".

"The books of that company were kept by three people, and my client is the only one charged", Hunziker said.

He asked the judge to lower the bail to $2,500. Mettler objected.

"He has lived here all his life, and he has three children in the schools", the lawyer said. "He is not going anywhere and he has nowhere to go".

Judge Inniger refused. "Eighteen thousand dollars is a good deal of money to be missing, Mr. Hunziker", the judge said.

Hunziker said his client would ask for a jury trial. "We want twelve people to look at those books, not one", he said.

Mettler said Dornacher had bought a summer cottage at Sulzbach Lake in 1958 and a new car each year since.

Asked about the cottage, Hunziker replied that it had been bought with "a legacy from an aunt in Ohio, and we can prove it".

The judge then turned to Dornacher, who stood at the rail with his hands folded, and asked whether he understood the charge.

"Yes, sir", Dornacher answered.

"Do you understand that you may be sent to prison for as long as ten years if you are convicted"? the judge asked.

"Yes, sir, I understand it, and I did not do it", Dornacher answered.

"You will have your chance to say that to a jury", the judge told him.

The Stoeckli Lumber Co. said in a written statement that it had discovered the shortage in November, when its auditors "could not make two accounts agree".

The statement said the company would make no further comment while the case was before the court.

The company's president, Niklaus Stoeckli, declined to comment.

Hunziker told newsmen outside the courtroom that Dornacher had kept the company's books "in a room with no lock on the door" for 15 years.

Dornacher, who had worked for the company since 1946, was dismissed in December. His lawyer said he had since worked as a clerk in a hardware store in Hasselburg.

Dornacher's wife, who sat in the second row, left with him after a bondsman posted the bail.
'''
