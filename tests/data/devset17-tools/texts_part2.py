# Hand-written article texts for devset17, part 2 (cop07-cop12). Same form as part 1.
T = {}

T["cop07-gathercole-takes-stand.txt"] = '''
Gathercole denies killing, tells of movie alibi

Lemoine Gathercole took the witness stand in his own defense yesterday and told a Superior Court jury that he was "sitting in the balcony of the Regal Theater in Hemsby" when Gervais Goodacre was shot in his Brantwood feed store.

Gathercole was on the stand for two hours and 20 minutes. The defendant testified that he had bought the pistol the state showed the jury because he had been robbed twice on his way home from a night job, and that he had sold it to a stranger in a tavern in February.

"I never went back to that store after Mr. Goodacre let me go", Gathercole said. "I had no reason to. He was fair to me, fairer than I was to him".

Under questioning by his attorney, Valance Bagnall, he said he had seen a western picture and had walked home, three miles, because he had no money for the bus.

The prosecutor, Assistant District Attorney Loring Lidgett, cross-examined him for an hour.

Q. You had no money for the bus, but you bought gasoline at 10:22? A. I did not buy any gasoline. I did not have a car that night. My car was in Toller's garage with a broken axle.

Q. Who sold you the pistol? A. A man in the Underdown Tavern. I never knew his name.

Q. And who did you sell it to? A. Another man in the same place. I did not know his name either.

Q. Why did you sell a pistol you bought to protect yourself? A. I needed the money more than I needed the pistol. That is the plain truth.

Lidgett asked whether anybody had seen him at the theater. Gathercole replied that he had sat alone and had spoken to nobody, "because I was ashamed to be seen anywhere that month".

The defense also called Miss Ursula Tordoff, 22, an usherette at the Regal, who said she remembered a young man alone in the balcony that night but could not say it was the defendant. "It was dark, and I was not looking at faces", she said.

The defense then called Bevis Toller, 58, owner of the garage, who said the defendant's car had been in his shop from March 8 to March 14. "It could not have gone anywhere. It had no back axle", the witness said.

Lidgett asked whether the garage was locked at night. Toller replied that it was, but conceded that he kept a spare key on a nail by the door, "where everybody in Brantwood knows it is".

The state recalled its gasoline station witness, Niles Gosforth, in rebuttal. Gosforth said he was as sure as he had been on Tuesday. "I saw his face in my light as plain as I see yours", he told Lidgett.

Outside the courtroom Bagnall said the state's case "rests on one tired man and one cash slip". Lidgett told reporters that he was satisfied with the evidence and would let the jury weigh it.

Goodacre's brother, Uzziah Goodacre, said at the recess that the defendant "had a good story and told it well, which is not the same as telling the truth".

Judge Tristan Ringrose said he would charge the jury Monday morning after the closing arguments. He told both lawyers to hold their arguments to an hour each.

Gathercole's mother, Mrs. Bathsheba Gathercole, 55, wept when her son left the stand. "He told the truth. He always tells me the truth", she said. "They can ask anybody on our street".
'''

T["cop08-yardley-sentenced-hit-run.txt"] = '''
Hit-run driver gets five years; reads apology

A 29-year-old truck driver who struck and killed a boy on a bicycle and drove on was sentenced yesterday to five to ten years in state prison.

Judge Sebert Tidball of County Court passed sentence on Clayborne Yardley, of 38 Treadaway Road, who pleaded guilty in October to leaving the scene of a fatal accident and to manslaughter. The boy, Terence Cutteridge, 11, was struck on the Quayside Road on the evening of Aug. 19.

Yardley did not speak in court. His attorney, Alured Lumb, read a statement which he said Yardley had written in the county jail. "I did not stop because I was afraid, and I have been afraid every day since", the statement said. "I know that nothing I say will bring Terence back. I ask his mother and father to forgive me if they can, and I will not blame them if they cannot".

Lumb then asked the court for leniency. He said his client had never been arrested before and had a wife and three children. "He came to the police himself, nine days later, and he has not lied to anybody since", the attorney said.

The prosecutor, Assistant District Attorney Jessup Nutbrown, said the nine days were the point. "For nine days the Cutteridge family did not know who killed their son, and for nine days this man drove his truck", he said.

Judge Tidball said he had read the statement twice. "It is a decent statement, and I believe it", he said. "But the law does not let a man leave a child in the road and then set his own sentence by being sorry".

The judge said he had considered a suspended sentence and rejected it. He said the defendant would be eligible for parole in three years.

The judge also read from a letter he had received from the boy's teacher, Miss Zenobia Roskilly, who wrote that Terence had been "the first boy in the room every morning and the last one to leave".

The boy's father, Jephtha Cutteridge, 40, a letter carrier, sat with his wife in the second row. He told reporters after the sentencing that he had read the statement in the newspaper and did not want to talk about forgiveness yet. "Maybe some day. Not this year", he said.

His wife, Mrs. Eunice Cutteridge, said the family had no quarrel with the sentence. "I only want him to remember Terence's face. I do", she said.

Lumb said after the hearing that his client would not appeal the sentence. "He told me he wants to serve his time and be done with it", he said.

Yardley's wife, Mrs. Clarice Yardley, left the courtroom without speaking to reporters.

Youth fined in drag race

A 19-year-old youth who was caught drag racing on Kingsmead Boulevard at 85 miles an hour was fined $200 and lost his driver's license for a year yesterday in Traffic Court.

He was Sayer Inchley, of 12 Pinfold Lane. Patrolman Judd Goodwillie testified that he had clocked Inchley's car and another car side by side for half a mile. "They were using the boulevard like a race track at midnight", the patrolman said.

Judge Godric Whitlock said the other driver, who escaped, had better hope the police never found him. "Next time it will be jail, and not for you alone", he told Inchley.

The youth's father, Gresley Inchley, paid the fine. He said his son would be walking to work for a year "and it will do him good".
'''

T["cop09-wrennock-grand-jury-report.txt"] = '''
Grand jury indicts road official, scores county

The Wrennock County grand jury indicted the county's road superintendent yesterday on charges of taking $14,000 in kickbacks from gravel suppliers, and said in a report that the county's road department had been run "as a private business for the benefit of a few".

The superintendent, Milburn Cheverell, 53, was charged on eight counts of bribery and one of conspiracy. The indictment charged that he had received "payments in cash, in a paper sack" from two gravel firms between 1958 and 1961 in return for orders at prices above the market.

Named with him as co-conspirators were Boaz Mawdsley and his son, Boaz Mawdsley Jr., who own the Mawdsley Sand & Gravel Co. of Pellston. The indictment charged that the son had carried the money to the county garage on the first Monday of each month.

In its report, a document of 22 pages, the grand jury said it had heard 41 witnesses in nine weeks. "The road department kept no records it could not avoid keeping, and lost most of the ones it kept", the jury said.

The report said the county had paid $4.10 a ton for gravel in 1960, while the next county paid $2.65. "No one in the road department could tell us why", it said.

It called the county commissioners' supervision of the department "careless to a degree that invites the very thing that happened". The report recommended that all orders over $500 be put to open bidding.

The foreman of the grand jury, Savile Sackville, a retired bank cashier, told reporters that the jurors had been "surprised by nothing and shocked by a great deal". He said the 23 jurors had voted to indict "without a single dissent on a single count".

District Attorney Norwood Loveday said he would move the case to trial in January. "This is not the end of it", he said. "The grand jury has given us a map, and we mean to follow it".

Cheverell surrendered at the courthouse an hour after the indictment was handed up and was released in $10,000 bail. His attorney, Pettus Gallimore, read a statement on his behalf to reporters on the courthouse steps.

"I have served this county for 17 years and I have never taken a dollar that was not my pay", the statement said. "I will answer every charge in court, and I will not answer any of them on the courthouse steps".

Gallimore said his client would plead not guilty. He called the indictment "a political document from the first page to the last".

The elder Mawdsley said at his home in Pellston that he had done nothing wrong and would prove it. He said his son had carried "checks and invoices, and nothing else, to that garage". The son could not be reached.

The chairman of the county commissioners, Carew Eldridge, said the board would meet tonight to consider the report. He said he had not read it yet. "If there is a better way to buy gravel, we will find it", he said.

Asked whether Cheverell would be suspended, he replied that the board would wait for the trial.

Loveday said he expected more indictments before the end of the year. Asked whether any commissioner would be charged, he said the grand jury had named none "and I am not going to name one for it".
'''

T["cop10-police-shakeup-beckwith.txt"] = '''
Commissioner shifts 46 policemen in shake-up

Police Commissioner Orme Beckwith transferred 46 policemen yesterday, among them three captains and eight lieutenants, in the largest shake-up of the department since 1948.

The order, posted on the bulletin board at Police Headquarters at 4 p.m., moved every commanding officer of the Fourth and Ninth Precincts. Both precincts were named in the grand jury's report last month on gambling on the south side.

"I am not saying that any man I moved is dishonest", the commissioner told reporters in his office. "I am saying that the gambling in those precincts went on under their noses, and a policeman is paid to use his nose".

He said the transfers were "only the first step". He said he would ask the City Council for money for 30 more detectives in the vice squad and would put the squad under his own office.

Among those moved was Capt. Mordaunt Rudkin, commander of the Fourth Precinct for nine years, who was sent to the property clerk's office. His brother, Lt. Ridley Rudkin, was moved from the Ninth Precinct to the harbor patrol.

Capt. Rudkin said he would ask for a hearing before the civil service commission. "I have 26 years in this department and not a mark against me", he said. "If the commissioner has something against me, let him put it on paper".

His brother said only that he would go where he was sent. "I have never picked my assignments, and I am not going to start now", Lt. Rudkin said.

The president of the Patrolmen's Benevolent Association, Alfie Trencher, said the transfers had been made "by headline and not by evidence". He said the association would stand behind any member who asked for a hearing.

Mayor Oakley Kilbride, who appointed Beckwith in May, said he had been told of the order at noon and approved it. "The commissioner runs the department, and he runs it his way", the mayor said. "I told him when I appointed him that I would not second-guess him, and I will not".

The new commander of the Fourth Precinct, Capt. Esmond Pennifold, said he had been given "a clean broom and a free hand". He said he would walk the precinct himself for the first month.

Councilman Nimrod Fretwell, a Republican, said the shake-up was "window dressing for the primary and nothing else". He said the same men who ran the precincts would be back in them "as soon as the newspapers look the other way".

Beckwith, told of the councilman's remark, laughed. He said Fretwell was welcome to come to Police Headquarters and look at the order book.

Beckwith said he had spent ten days going over the grand jury's transcripts himself. "I read every page, and some of them twice", he said.

Two detectives who were moved said privately that morale in the vice squad was "lower than a snake's belly". Neither would be named.

A spokesman for the district attorney's office said no policeman had been charged with any crime, and that none was under investigation "at this time".

Beckwith said a second list of transfers would be posted in two weeks. Asked whether more captains would be on it, he replied that he had not made up his mind.
'''

T["cop11-skyways-crash-inquiry.txt"] = '''
Tower man testifies at airliner crash inquiry

CRANFORD, Ohio (AP) -- The control tower operator on duty when a Plover Skyways airliner crashed on approach to Cranford Municipal Airport last month testified today that the pilot had told him, a minute before the crash, "we have the lights, we are coming in".

Jocelyn Blenkinsop, 34, told a Civil Aeronautics Board hearing that the plane, a twin-engine Convair with 31 persons aboard, dropped off his radar screen 40 seconds later. Eighteen persons died.

"There was nothing wrong in his voice, nothing at all", the witness said. "He sounded like a man who had made that landing a hundred times".

The board's presiding officer, Corin Voysey, questioned him about the weather.

Q. What was the ceiling when you cleared him? A. Four hundred feet, and coming down. I told him that twice.

Q. Did he acknowledge it? A. He did. He said he had it and he would go around if he did not see the runway.

Q. Did you see the plane at any time? A. No, sir. The snow was too heavy. I never saw anything but the blip on the screen.

Blenkinsop said the runway lights had been turned up to full strength two minutes before the crash. Asked whether the approach lights had been working, he replied that they had been checked that morning.

A survivor, Mrs. Nella Illingworth, 38, of Dennington, said she was sitting over the wing and heard the engines "roar up, as if he was trying to climb". She told the board that the plane struck the trees a moment later.

"I remember the trees coming through the window and then I remember the snow", she said. "I do not remember anything between".

The airline's director of flight operations, Capt. Cleve Knapton, said the pilot, Capt. Duffield Ashworth, had flown 14,000 hours and had landed at Cranford 60 times. He said the company's own investigation had found no fault with the plane.

"Duffield Ashworth was the best instrument pilot we had", Knapton said. "I would have flown with him into any field in this country".

Ashworth's widow, Mrs. Duffield Ashworth, who sat in the hearing room, said later that she had come "to hear the truth, whatever it is". She said her husband had written to her the week before that the Cranford approach "is the only one that keeps me awake".

Knapton said the airline had made 4,000 landings at Cranford without an accident. Asked whether the company had thought of dropping the field in bad weather, he replied that it had not, and would not until the board told it to.

A Federal Aviation Agency engineer, Dr. Medwin Ixley, said the altimeter found in the wreckage was set correctly. He said the cause might never be known.

The Transport Pilots Association, in a statement handed out at the hearing, said the Cranford approach had been "on our list of bad fields for three years". The association said it had asked for an instrument landing system at the airport in 1959.

Crewe Dransfield, 52, a farmer who lives half a mile from the end of the runway, said the plane passed over his barn "so low I could read the name on it". "Then the engines went up loud, and then nothing", he said.

A spokesman for the airport commission said the system had been ordered and would be working by spring. Voysey told reporters that the board would not issue its findings for several months. He said the hearing was "only the record, and not the verdict".
'''

T["cop12-pellam-river-flood.txt"] = '''
Flood drives 3,000 from homes

TWYFORD MILLS, W. Va. (AP) -- The Pellam River poured over its banks here today for the second time in a month, driving 3,000 persons from their homes and cutting the town in two.

The river crested at 29.4 feet at noon, nine feet above flood stage. The Weather Bureau said it would begin to fall tonight if the rain held off.

State police said two men were missing. They were identified as Royden Hucknall, 44, and his son, Royden Hucknall Jr., 17, who set out in a rowboat this morning to take a neighbor's cows to high ground.

A state police spokesman said the boat was found overturned against a bridge pier a mile downstream. "We are still hoping they made it to the bank somewhere", he said. "There are a lot of places along there where a man could climb out".

Mrs. Honoria Hucknall, the missing man's wife, waited at the fire station with her two daughters. "I told them not to go. I said no cow is worth it", she said. "My husband said the Wadsworth cows were worth it to Mr. Wadsworth".

The Hucknalls' older daughter, Miss Bettina Hucknall, 19, said her father had rowed the river since he was a boy. "He knows every snag in it", she said.

The neighbor, Ossian Wadsworth, 71, said he had asked the Hucknalls only to help him open the pasture gate. He said he never meant them to take a boat out on the river. "I would give every cow I have to see them come up that road", he told reporters.

State police said late tonight that the search for the Hucknalls had been called off until morning.

Mayor Kelso Ackland said the town's water plant had been flooded and that the water in the mains was not safe to drink. He said tank trucks from the county were bringing water to the schools.

"We had the sandbags up on Monday and the river went over them like they were not there", the mayor said. "I do not know what we could have done that we did not do".

The Army Engineers said the Pellam had risen faster than at any time since the flood of 1936. A spokesman for the Engineers' district office at Huntington said the engineers had warned in 1958 that the town's levee was "too low by four feet and too weak by a good deal more".

"If it does, the crest will come again, and higher", said Anketell Moxon, the Weather Bureau forecaster at Charleston. He said two more inches of rain could fall on the upper valley by Thursday, and that the ground could hold no more of it.

Mrs. Thirza Firth, 59, of 14 Sluice St., said the river had been in her living room twice in a month. "The first time I cried. This time I just got mad", she said.

Her husband, Lorne Firth, said they would not move back to Sluice Street. "We are going up on the ridge to live with my sister", he said. "The river can have the house".

The Red Cross said it was feeding 1,800 persons in three churches and the high school. Its chapter chairman, Dr. Parmenter Gannaway, said the need for cots and blankets was urgent. He said a truck from Charleston would arrive tonight.

Gov. Seaton Blakesley, who flew over the valley in a National Guard plane, said he would ask for federal help. He told reporters at the airport that the valley "has had more than its share, and it is not through yet".
'''
