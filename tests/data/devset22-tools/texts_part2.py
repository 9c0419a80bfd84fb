# Hand-written article texts for devset22, part 2 (pol07-pol12). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. The police, courts and
# accidents beat ("pol") of 1961: a jury verdict, a sentencing, a coroner's inquest, a missing
# child found, a juvenile court case, a police chief's annual report.
T = {}

T["pol07-rufenacht-jury-verdict.txt"] = '''
Jury finds Rufenacht guilty of manslaughter

A County Court jury of eight men and four women found Sylvan Rufenacht, 35, of 240 Lindmatt Ave., guilty last night of manslaughter in the death of a tavern keeper on Steinmatt Road last August.

The jury deliberated five hours and 20 minutes. It had been asked to choose between first-degree murder, which carries a mandatory life term, and manslaughter, which carries up to 15 years.

Rufenacht, a truck driver, stood with his hands at his sides as the foreman, Halvor Baumgartl, read the verdict. His sister, seated behind him, began to cry. Judge Xaver Unterseher set sentencing for Feb. 27.

The judge told the jurors, "You have done a hard thing, and you have done it honestly".

The dead man, Marlyn Hafliger, 44, was stabbed in an argument over a bill at his tavern, the Rebstock Inn, on the night of Aug. 12.

Baumgartl, a retired railroad conductor of 7 Rosshalde Road, told newsmen afterward that the jurors had agreed on the first ballot that Rufenacht had killed the man.

"What took the time was whether he meant to", he said. "Some of us thought he did, and some of us thought it was the whisky".

Baumgartl said the jurors did not discuss the case at the hotel where they were locked up Tuesday night. "We played checkers and went to bed at 10 o'clock", he said.

Baumgartl said the jury asked twice to hear the testimony of the bartender read back, and that the second reading "settled it" for the last two jurors who had held out for murder.

One of the women on the jury, Mrs. Lorene Dreisbacher, 48, a housewife of 19 Weiherhof St., said she had never served on a jury before. "I did not sleep last night and I do not expect to sleep tonight", she said.

She said the jurors prayed together before the last vote, at the suggestion of a juror who is a deacon.

She said the juror who held out longest had a son about Rufenacht's age.

Mrs. Dreisbacher said she would go back to her kitchen this morning "and try to think about something else for a change".

Another juror, Willis Grabherr, 29, a machinist, said the defense had "asked us to believe too many things at once".

"The knife was in the other man's hand one minute and in Rufenacht's pocket the next, and nobody could tell us how", Grabherr said.

Grabherr said he had voted for manslaughter from the start.

A third juror, who asked that her name not be used, said she had voted for murder until the last ballot.

The district attorney, Ottmar Steinacher, said he was "satisfied" with the verdict. "The jury heard it all and the jury decided, and that is the system", Steinacher said.

Steinacher said he would ask for the maximum sentence. He said Rufenacht had two earlier convictions for assault, which the jury was not told of.

The defense lawyer, Reto Wachtler, said he would move for a new trial. He said the judge had erred in allowing the jury to see photographs of the body, which he called "a plain appeal to the stomach".

"I have tried 40 cases in this courthouse, and I never saw a jury shown pictures like those", Wachtler said.

Wachtler said his client told him after the verdict, "I did not go in there to hurt anybody".

Rufenacht's sister left the courtroom without speaking to newsmen. Rufenacht was returned to the county jail.
'''

T["pol08-pfundstein-check-sentencing.txt"] = '''
Check passer gets two to four years

Lavell Q. Pfundstein, 29, of 76 Moosweg Road, Grunwiesdorf, who passed $2,300 in bad checks at 19 stores last fall, was sentenced yesterday to two to four years in state prison.

Judge Fridolin Gmuender of County Court imposed the sentence after Pfundstein, in a voice so low that the court stenographer twice asked him to repeat, told the court he had "nobody to blame for any of it but myself".

"I lost my job at the mill and I was ashamed to tell my wife", Pfundstein said. "I thought I could put it back before anybody knew".

"I know now that you cannot put it back", he said.

He said he had written the first check for groceries "and the rest to cover the first".

Judge Gmuender asked him whether he had anything more to say. "No, sir", Pfundstein answered.

The judge told him the checks were not "a small matter of a man down on his luck".

"Nineteen merchants trusted you, and most of them are small men who cannot afford it", the judge told him. "You are fortunate that this is your first offense".

The probation report, prepared by Henning Jaussli of the county probation office, said Pfundstein had paid back $640 and had "a good work record up to last summer".

The report said he had no previous convictions of any kind.

Jaussli's report also said Pfundstein "drank little and gambled not at all, and did not spend the money on himself".

Pfundstein's attorney, Orlin Zwickelmann, asked for probation. He said Pfundstein's wife and two small children "will be on relief by spring" if he went to prison.

The assistant district attorney, Ferrel Leuthardt, said the state did not oppose a minimum sentence but would not agree to probation.

"He wrote the checks over three months, one after another", Leuthardt said. "That is not one slip, that is a habit".

The judge said he had received letters from Pfundstein's pastor and from his former foreman at the mill asking for leniency.

The judge asked Pfundstein whether he understood that the parole board would look at his conduct in prison and at nothing else. "Yes, sir. I will give them no trouble at all", Pfundstein answered.

Pfundstein's wife, Mrs. Lavell Q. Pfundstein, who sat in the first row with her mother, said outside the courtroom that she would stand by her husband.

"He is a good man who did a foolish thing", Mrs. Pfundstein said. "I will be waiting for him, and so will the children".

She said she had gone back to work as a waitress in Grunwiesdorf in December.

Mrs. Pfundstein said her husband had written to every one of the 19 merchants from the jail to apologize.

One of the merchants, Eckhard Bossert, who runs a shoe store in Grunwiesdorf, said after the hearing that he had been paid back in full "and would shake the man's hand tomorrow".

Zwickelmann told newsmen later that his client would not appeal the sentence. "He wants to do his time and come home, and I think he is right", the attorney said.

Pfundstein was taken to the county jail to await transfer to the state prison. Leuthardt said he would be eligible for parole in 20 months.

Leuthardt said later that the state had asked for the minimum because Pfundstein had begun to pay the money back. Pfundstein looked back at his wife once as he was led out.
'''

T["pol09-flueckmann-inquest.txt"] = '''
Watchman's death ruled accidental

Coroner Wolfram Hurlimeier ruled yesterday that Alois Flueckmann, 58, a night watchman found dead Jan. 9 behind the Zollhaus Storage Co. warehouse at 400 Bachtel St., died of a fractured skull suffered in an accidental fall.

The ruling came at the end of a two-hour inquest in the county courthouse, at which six witnesses testified. A coroner's jury of six men agreed with it.

Flueckmann's widow, Mrs. Hedwig Flueckmann, had asked for the inquest. She told the coroner's jury that her husband "had no enemies that I ever heard of" but that he had told her the week before his death that boys had been throwing stones at the warehouse windows.

She said her husband carried a lantern and a flashlight but "never carried anything he could hit a man with".

Mrs. Flueckmann, a short gray-haired woman in a black coat, sat through the inquest with her two daughters.

The pathologist who performed the autopsy, Dr. Gisela Kastlhuber of Felsenburg General Hospital, testified that the skull was broken in one place, at the back of the head.

"A blow from a club leaves a different kind of fracture", she said. "This is the kind you see when a man falls backward onto concrete".

Her autopsy report, read into the record by the coroner, said the dead man's blood showed "a moderate amount of alcohol, not enough to make a man helpless".

Asked by the coroner whether a push could have caused the fall, Dr. Kastlhuber replied that a push "would leave no mark, and there was none".

The truck driver who found the body, Ruedi Pfisterer, 33, of Hasselburg, said he pulled up at the loading platform at 5:45 a.m. and saw Flueckmann lying below it "with his lantern still burning beside him".

Pfisterer said he covered the body with a tarpaulin from his truck and ran to a diner a block away to call police.

Q. Did you see anyone else there? A. No, sir. There was nobody on the street at all, only the milk truck going by.

Q. Was the platform icy? A. It was glazed all over. I nearly went down on it myself.

Police Sgt. Neal Aeschlimmer testified that the warehouse door was locked, that nothing had been taken and that there were no footprints in the frost on the platform but Flueckmann's own.

"If anybody else was on that platform, he flew there", the sergeant said.

The warehouse manager, Harlo Glattfelder, said Flueckmann was "the most careful man we ever had" and that the platform was salted every evening at 6.

Q. Was it salted on the evening of Jan. 8? A. I cannot say that it was. The man who does it was home sick.

Glattfelder said the company would put a railing on the platform "this week, not next spring".

Hurlimeier told the widow after the ruling that he understood why she had asked for the inquest. "I would have asked the same questions, Mrs. Flueckmann, and I think you have had honest answers", he told her.

Mrs. Flueckmann said afterward that she accepted the ruling and would not ask for more. "I only wanted to know, and now I know", she said.

The jury recommended that the company put a railing along the edge of the platform.

Hurlimeier said he would send a copy of the recommendation to the company and to the state labor department.

Flueckmann had been watchman at the warehouse for 11 years. He is survived by his widow and two daughters.
'''

T["pol10-rothenbuhler-girl-found.txt"] = '''
Girl, 4, found asleep in hayloft

A 4-year-old Eichmattville girl who wandered away from her home yesterday afternoon was found asleep in a neighbor's hayloft at 11:20 last night, after 200 men and women had searched the fields and woods around the town for eight hours.

The child, Trudi Rothenbuhler, daughter of Mr. and Mrs. Ferrin J. Rothenbuhler, of R.D. 2, Eichmattville, was cold and hungry but unhurt, Deputy Sheriff Dorland Bachhofner said.

Mrs. Ferrin J. Rothenbuhler said she last saw her daughter at about 3 p.m., playing with a kitten on the back steps while she hung out a wash.

"I went in to get the clothespins, and when I came out she was gone, and the kitten too", Mrs. Rothenbuhler said.

She said she searched the barn and the orchard for an hour before she telephoned the sheriff's office.

The girl's father, Ferrin J. Rothenbuhler, a lineman for the telephone company, was called home from a job in Kolbendorf and joined the search. He said he had walked the creek bank "from one end of the county to the other" with a lantern.

"I never knew there was so much dark in one county", Rothenbuhler said.

Mrs. Rothenbuhler said Trudi had never wandered off before. "She is afraid of the cows, so we never thought she would go near a barn", she said.

Bachhofner, who directed the search, said volunteers came from Eichmattville, Kolbendorf and Mattlingville, and that firemen brought floodlights for the woods along the creek.

Deputies said two bloodhounds borrowed from the state police lost the scent at the creek about 7 p.m.

Deputies said the volunteers were fed sandwiches and coffee by women of the town at the Eichmattville firehouse.

"When the dogs lost her at the creek, I will be honest with you, I thought of the creek", Bachhofner said. "So did everybody else, and nobody said it".

He said the search was called off for half an hour at 10 p.m. because of a thunderstorm.

The girl was found by a neighbor, Virgel Spaltinger, 62, who lives half a mile down the road. He said he went out to his barn at 11 o'clock to look at a sick cow.

"I heard something up in the hay that was not a cat", Spaltinger said. "I climbed up with the lantern, and there she was, sound asleep with the kitten".

He said he carried her down the ladder and drove her home in his truck "with the horn going all the way".

Spaltinger said he had been out searching with the others since 5 p.m. and had gone home only to see to the cow.

Mrs. Rothenbuhler said Trudi told her she had followed the kitten "to the big barn" and gone to sleep when it got dark.

"She asked me if the kitten could sleep in her bed tonight, and I said yes", her mother said. "Tonight she can have anything she wants".

A doctor who examined the child at home said she had a few scratches from the hay.

Bachhofner said the sheriff's office would write to each of the volunteers. He said it was the third lost child found in the county since July, "and the third we found alive, thank God".

Sheriff Arnulf Kellenberger, who returned from a convention in the state capital at midnight, said in a written statement this morning that the county owed the volunteers "more than it can ever pay them".

Spaltinger said the cow was better this morning, too.
'''

T["pol11-juvenile-court-windows.txt"] = '''
Boy who broke 41 windows put on probation

A 15-year-old Felsenburg boy who broke 41 windows at the Brunnmatt Street School on New Year's Eve was placed on probation for two years yesterday in Juvenile Court.

The boy, whose name was withheld under the law, appeared before Judge Melchior Wendelsheimer with his father and mother. The hearing was closed to the public, but the judge allowed newsmen to attend on condition that the boy not be named.

The principal of the school, Gerhard Frutigmann, said the damage to the building came to $480. "Every window on the north side of the building, and the boy lives two blocks away", Frutigmann said.

He said the school had been closed for the holiday, and the broken windows were boarded up for two days in zero weather. "The pipes in two classrooms froze and burst", he said.

Frutigmann told the judge the boy had been "a fair student and a good shortstop" until last year.

The boy told the judge he had been "with some older fellows" and had thrown the first stone "to show them".

"Who were the older fellows"? the judge asked. The boy did not answer.

The county probation officer, Mrs. Imogene Schwendimeier, said in her report to the court that the boy's grades had fallen from B's to D's in one year and that he had been "running with a crowd that does not go to school at all".

"He is not a bad boy yet", she told the judge. "He is a boy who has found out that nobody is watching".

The boy's father, a machinist, told the judge that he worked the night shift and "did not know where the boy went after supper".

The boy's mother said only, "He is a good boy at home".

The judge told the boy he would have to write a letter of apology to every teacher whose room was damaged.

"A boy of 15 with his evenings to himself is a boy looking for trouble", the judge told the father.

The judge ordered the boy to be home by 8 p.m. on school nights and to pay $300 of the damage from his earnings on a paper route.

"I could send you to Kleinmattburg, and I thought about it for a long time last night", the judge told the boy. "I am not going to, because Mr. Frutigmann asked me not to".

Frutigmann said later that he had asked for probation because the boy had come to his office the day after New Year's and owned up.

"It is not often one of them walks into the office and says, I did it", he said.

The school board's business manager, Kaspar Kienholzer, said the board would ask the parents for the other $180.

Kienholzer said vandalism cost the city's schools $6,200 in 1960, against $3,900 the year before.

Mrs. Schwendimeier said after the hearing that she had 61 boys and girls on probation and "time to see each of them about once a month". "You cannot raise a child once a month", she said.

The boy said nothing as he left the courtroom. His mother held his arm.

Wendelsheimer said the Juvenile Court had heard 212 cases in 1960, against 164 in 1959, and that vandalism was "the fastest growing thing on my docket".

He said he would ask the county commissioners for two more probation officers in the next budget.

Judge Wendelsheimer said the law does not allow the name of a juvenile to be printed "because a boy of 15 has a long time yet to live it down".
'''

T["pol12-police-chief-annual-report.txt"] = '''
Crime up 9 per cent, chief reports

Serious crimes in Felsenburg rose 9 per cent in 1960, Police Chief Ewald Lauterbrunner said yesterday in his annual report to the City Council.

The report listed 1,412 burglaries, larcenies, robberies and assaults, against 1,296 in 1959. Burglaries alone rose from 388 to 451.

Lauterbrunner, who has been chief since 1952, said it was the first year in which burglaries passed 400.

"The increase is in the daylight burglary of homes, and it is an increase we can name", the report said. "It is the work of a few men, and we know some of them".

The chief told the council that the arrest of three men last week had cleared "a large share" of the burglaries of the fall and winter.

The report said the department answered 11,830 calls in the year, and that its 84 men "are doing the work of 110".

It asked for 12 more patrolmen and two more radio cars.

It said the department's 11 radio cars had been driven 412,000 miles, and that five of them "are held together with wire and prayers".

"We are asking the same men to walk a beat, answer the radio and sit in court in the daytime", Lauterbrunner told the council. "Something has to give, and what gives is the beat".

Traffic deaths in the city fell from 14 to 9, the report said, the lowest number since 1947.

Juvenile arrests rose from 301 to 356, the report said. "Too many of our young people have nothing to do after school but walk the streets, and the streets are not a school", it said.

The report gave the credit to "the school safety patrols and the new signals on Wiesental Avenue".

Councilman Jakob Gurtnerli, chairman of the council's public safety committee, said he would support the request for more men "but not for more cars".

"A patrolman in a car sees the street at 30 miles an hour", Gurtnerli said. "A patrolman on foot sees it at three".

The chief replied that the cars answered calls in four minutes "and a man on foot in twenty".

The chief said a patrolman's starting pay of $4,150 a year was $600 below that of Hasselburg and Ruppertsville. "We train them and the other towns hire them", he said.

Councilman Dieter Lehnherr asked whether the department had looked into the use of police dogs, as Hasselburg has done.

Lauterbrunner said he had, and that he would rather have two men than one dog. "A dog cannot testify", he said.

Mayor Wendelin Sennhauser said the request would be taken up with the budget in March. He said he had "never yet turned down the chief on anything that he could pay for".

"We will find the men, and then we will find the money to pay them, in that order", the mayor said.

The president of the Policemen's Guild of Felsenburg, Sgt. Luverne Tannenwirth, said in a written statement that the men "will welcome the help, and so will their wives".

The statement said the patrolmen had worked 9,400 hours of unpaid overtime in court during the year.

Tannenwirth said the guild would ask the council for a raise of $400 a year for each man.

The report said 1,118 persons were arrested in the year, 96 of them women. Gurtnerli said the public safety committee would hold a hearing on the report Feb. 14.

The chief said the report would be printed and "anybody who wants one can have one at the desk".
'''
