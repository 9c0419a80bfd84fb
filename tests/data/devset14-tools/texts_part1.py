# Hand-written article texts for devset14, part 1 (crw01-crw06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Each sample is one story
# with many speakers ("crowded stories"): at least five named people who speak.
T = {}

T["crw01-senate-sales-tax.txt"] = '''
Senate debates sales tax for seven hours

The State Senate debated the governor's 3 per cent sales tax, the "Schools First" bill, for seven hours yesterday and adjourned at midnight without a vote, after a floor fight that twice brought the lieutenant governor to his feet with the gavel.

State Sen. Bezaleel R. Tredgold of Pikesfall, the majority leader, opened the debate. He said the state would end the fiscal year with a deficit of $41 million unless the tax was passed, and that the schools would be "the first to feel it and the last to get over it".

"We did not make this deficit in one year and we will not cure it in one year", the senator said. "But we can stop it from growing".

State Sen. Arba K. Vavasour of Stainmore, who led the Republican opposition, called the bill a "nuisance tax that falls heaviest on the family with the most children". He said the state could balance its budget by cutting 900 jobs from the highway department, which had grown by a third in four years.

Tredgold rose to answer him. The senator from Stainmore, he said, had proposed the same cut two years ago and had voted against it when it reached the floor.

"That is not so and the senator knows it", Vavasour broke in.

"It is in the Senate Journal, page 412", Tredgold shouted back. Lt. Gov. Festus L. Clutterbuck, presiding, gaveled both men down and said the next senator to shout would lose the floor for the day.

The third senator to speak, State Sen. Dorastus W. Liddiard of Gristhorpe, is a Democrat who voted against the tax in committee. He said he would vote for it on the floor if the governor agreed to exempt food and medicine, and not otherwise.

"I can explain a tax on cigarettes to the people of Gristhorpe", he said. "I cannot explain a tax on a loaf of bread.

"Not in Gristhorpe, where half the men are out of work at the quarries from November to April".

Tredgold talked with Liddiard in the cloakroom for 20 minutes during the supper recess. He said afterward that the leadership would offer an amendment exempting food today, but that medicine would stay in the bill.

Asked whether the governor had agreed to the change, the senator replied, "The governor has been consulted and will speak for himself".

Gov. Oren P. Mainprize, in a statement issued at the Executive Mansion at 10 p.m., said he would accept the food exemption "if the Senate will find the $11 million it costs somewhere else".

The Senate Finance Committee's report on the bill, filed Tuesday, said the tax would bring in $63 million in its first full year. The report called the present revenue system "a patchwork of nickels and dimes that no longer holds together".

State Rep. Noadiah Tredgold of Pikesfall, the majority leader's younger brother, sat in the gallery through the debate. He will manage the bill in the House if it passes the Senate.

"My brother has the harder job", Representative Tredgold said at the supper recess. "In the House we only have to count to 76".

Retail merchants filled the galleries. Ithiel V. Scattergood, executive secretary of the State Retail Merchants Council, said his members would lose trade to the four neighboring states, none of which has a sales tax. The council said in a statement handed to each senator that 1,100 stores near the state lines would lose a fifth of their trade and would be "at the mercy of the next county over".

Vavasour said late in the evening the opposition had 19 votes, two short of what it needs to kill the bill. "We will get the other two by Friday or we will not get them at all", he said.

The Senate meets again at 10 a.m. today.
'''

T["crw02-gedge-manslaughter-trial.txt"] = '''
Wife testifies for Gedge at manslaughter trial

Mrs. Sabra Gedge told a Circuit Court jury yesterday that her husband struck Selah Kimber only after Kimber had knocked him down twice in the parking lot of the Coldharbour Grange hall.

Her husband, Uriah T. Gedge, 44, a Blissfield truck dealer, is on trial for manslaughter in Kimber's death on the night of June 3. Kimber, a road contractor, died two days later of a fractured skull. He was 51.

Mrs. Gedge was the fourth witness for the defense. She said she had watched the fight from the front seat of the family car, 30 feet away, and had seen Kimber "swing first and then stand over him laughing".

Under cross-examination by Assistant District Attorney Warham J. Inskip, the witness held to her story.

Q. You love your husband, Mrs. Gedge? A. I have been married to him for 22 years. I would not lie for him and he would not ask me to.

Q. It was dark in that parking lot, was it not? A. There is a light on a pole by the door. I could see them both plain as day.

Q. And you did not get out of the car to stop it? A. No, sir. I was afraid of Selah Kimber, and so was everybody at the Grange.

The prosecutor then read to the jury from a statement she gave the sheriff's office on June 4, in which she said she "did not see how it started".

"I was upset that night. I did not know what I was saying", the witness answered.

The defendant took the stand after his wife. Gedge testified that Kimber had owed him $3,400 on two trucks for more than a year and had been "after me for a fight since the spring sale".

"He hit me twice and I went down twice", the defendant said. "The third time I got up swinging. I never meant to kill any man, and I never will".

When Inskip asked him about a fight at a Blissfield tavern in 1957, the defense attorney, Kenaz B. Pennycuick, was on his feet. "That has nothing to do with this case and counsel knows it", he shouted.

Judge Truxton Mottram sustained the objection. "The jury will disregard the question, and counsel will keep to the third of June", the judge said.

Inskip asked Gedge why he had driven away from the hall without calling a doctor. "I did not know he was hurt", Gedge replied. "He was sitting up and cussing me when I left".

The state rested its case on Thursday. Burl Yarker, a mechanic who was in the parking lot, testified that day that Gedge had a tire iron in his hand when he got up the third time. Sgt. Amory L. Whitbread of the sheriff's office said no tire iron was found at the hall or in the truck.

"I have run that hall for 11 years and I never saw a fight in it or outside it before", said Loammi F. Tidcombe, master of the Coldharbour Grange, who testified Wednesday. He said both men had been drinking at the bar of the Ravelston Hotel before the meeting.

Pennycuick told reporters after court the defense would rest Monday after one more witness, a doctor. The prosecutor said he would call Kimber's widow in rebuttal.

Kimber's brother, Eliab Kimber, who has sat behind the prosecution table all week, said outside the courtroom that the family had forgiven nobody and wanted "nothing but the truth told once, in a courtroom".

Judge Mottram said he expected to give the case to the jury by Wednesday.
'''

T["crw03-convention-credentials-fight.txt"] = '''
Father and son split party convention

The Democratic state convention at Hockleigh spent its first day yesterday on a credentials fight between two delegations from Ravelston County, one led by a father and the other by his son.

Jabez L. Ebbert, 68, county chairman for 22 years, heads the regular delegation of 31. His son, Rowan Ebbert, 34, a Ravelston lawyer, heads the 31 delegates chosen at a rival county convention in May by what he calls the "Citizens for a Clean Ticket".

The credentials committee voted 9 to 6 Saturday night to seat the father's delegation. Its report, read to the convention by the committee chairman, Gershom P. Kinchin of Elmsett, said the rival convention had met in a hotel room with 40 persons present and had been called "without notice, without a quorum and without any authority under the party rules".

Rowan Ebbert took the floor for the minority report. He said the regular delegation had been picked by "22 men in a back room of the courthouse" and that half of them held county jobs.

"My father taught me everything I know about politics", he said. "This year I am using it".

The older Ebbert sat with his delegation under the Ravelston standard and did not look up while his son spoke. When his turn came he spoke for four minutes.

"The boy is a good lawyer and a poor Democrat", he said. "He has been in the party three years. I have been in it since Al Smith".

City delegates cheered the son; the rural counties sat on their hands. Mrs. Jerusha Pargeter of Inglebrook, the national committeewoman, moved to seat both delegations with half a vote each.

"Half a vote for a whole county is no vote at all", Kinchin broke in from the platform. "The committee has decided, and the committee should be sustained".

"The committee decided at 2 o'clock in the morning with six members asleep in their rooms", Mrs. Pargeter shouted back.

The state chairman, Elnathan C. Hucklesby, who was presiding, called a recess and took both Ebberts into the room behind the platform. He said later that he had hoped the two men would "settle it over a cup of coffee like a family". Neither man would leave his delegation for long.

When the convention came back it voted 812 to 655 to seat the father's delegation. The son's delegates watched from the gallery.

"I am glad it is settled. Now we can all go out together and win in November", said Nehemiah S. Pocklington of Pikesfall, the leading candidate for the nomination for governor, who had stayed out of the fight.

Mrs. Pargeter said she had voted with the majority on every credentials fight since 1948 and had never seen one "decided so far from the daylight".

The son said he would not walk out of the convention or the party. "We will be back in two years with more delegates, and some of them will be the ones who voted against us today", he said.

The elder Ebbert told reporters he was proud of the boy "and I will be prouder still when he comes home".

The Democratic State Committee said in a statement issued after midnight that the platform would be read to the convention at 10 o'clock this morning and that the balloting for governor would begin at 2.
'''

T["crw04-vennbridge-mine-explosion.txt"] = '''
Nine saved, three dead in Vennbridge mine blast

Rescue crews brought nine miners alive out of the Vennbridge No. 4 mine of the Quarrystone Coal Co. early today, 19 hours after an explosion trapped 12 men a mile and a half from the portal. Three men were found dead.

The State Mine Inspector, Zeno H. Rumbelow, who went underground with the first crew, said the blast was "almost certainly gas, set off by something we have not found yet". He said the ventilation fans had been running when the mine was inspected on Monday.

Tyrus B. Gaddesden, general superintendent of the mine, stood beside him at the portal. He said the company would close the mine until the cause was known and would pay the men who could not work.

Two of the rescuers were brothers. Peleg Nokes, 46, a section foreman, and Orson Nokes, 39, a roof bolter, both volunteered when the alarm sounded at the tipple at 7:40 a.m. yesterday. Orson Nokes was off shift and came from home in his church clothes.

"We found the first six sitting behind a canvas brattice they had put up across the heading", Peleg Nokes said. "They had been breathing the same air for 14 hours, and they were singing hymns to keep awake".

"The good air was leaking out as fast as they could stop it", his brother said. "Another two hours and I would not give you a nickel for any of them".

Orson Nokes said he had gone down in his good suit because there was no time to change. "My wife will have something to say about that suit", he said.

Terrell V. Onslow, the hoistman on duty, said the cage shook in the shaft "like a leaf in a March wind" and the lights at the tipple went out for half a minute.

Irad J. Lumsden, 27, of Fallowby, one of the nine, told reporters at the hospital that he had been loading coal when "the air turned hot and the whole heading filled with dust".

"I did not hear it. I felt it, like somebody hit me in the back with a board", he said. "My light went out and I crawled toward where the fresh air ought to be.

"Ozro Dimmock found me. He had a light and the rest of us did not, so we followed him".

Lumsden said Dimmock, a machine operator, had led five men to the brattice and gone back for two more. Dimmock was one of the three found dead.

"He went back a third time. Nobody told him to", said Joah K. Stringfellow, president of Local 6620 of the United Mine Workers, who was at the portal all night. The union said it would ask the state for a public hearing on the explosion, the second at the mine in four years.

Rumbelow met with the union officers and Gaddesden at 4 a.m. He told them the hearing would be held, and that the union could send its own engineer underground with the state's.

Dr. Cressida Farebrother, who treated the nine at the Vennbridge Miners Hospital, said all of them were suffering from exhaustion and from the gas they had breathed. She said two would be kept for several days, and the others might go home tonight.

The Quarrystone Coal Co. said in a statement issued at its Pittsburgh office that the mine had a good safety record and that it would "spare nothing to find out what went wrong".

Women waited at the fence in the rain all night. The dead were identified as Ozro Dimmock, 52; Lebbeus Kettlewell, 31, and Elam A. Brindley, 44, all of Vennbridge.
'''

T["crw05-coach-lines-strike-talks.txt"] = '''
Bus strike talks break off after 14 hours

Negotiators for the Vizard Motor Coach Lines and its 680 drivers and mechanics broke off talks at 3 a.m. today after 14 hours, and the strike that has stopped the city's buses since Monday went into its fifth day.

Newell A. Juby, the Federal mediator, said the two sides were "about 11 cents apart on wages and about a mile apart on everything else". He said he would call them back together tomorrow afternoon and had asked both to say nothing in public until then.

Neither side took his advice. Fielding G. Twigg, president of Local 1187 of the Motor Coach Operators Union, walked out of the Hotel Yardleigh at 3:15 and spoke to reporters in the lobby.

"The company offered us 6 cents an hour and a pension plan that a man cannot collect until he is dead", he said. "We did not come here to be insulted at 3 o'clock in the morning".

Twigg said the union had dropped its demand for 30 cents to 19 cents and would go no lower. The drivers had not had a raise in two years, he said, and a driver with ten years on the line earned less than a city garbage collector.

Maynard E. Vizard, president of the company, came down ten minutes later with his son, Kellogg Vizard, the company's vice president for operations. The elder Vizard said the company had lost money on the city lines for three years and could not pay a cent more "without a fare increase the Public Service Commission will never give us".

"Mr. Twigg knows our books as well as I do. He has seen every page", he said.

His son said the pension plan offered was the same as the one the union accepted at the company's intercity division last year. "They liked it well enough in March", he said.

Twigg heard him from across the lobby. "That was a different local and a different contract, and he knows it", the union president broke in.

The company said in a statement left at the desk that the buses would run again on all 22 routes "the day the drivers come back to work, on the terms in effect when they walked off". The union said in its own statement that the men would not return without a signed contract.

Mayor Shubael D. Elphick, who met both sides separately yesterday afternoon, said at City Hall he had no power to settle the strike but would not let it run through the Christmas shopping season. He said he would name a citizens' fact-finding board on Monday if there was no settlement.

"Thirty thousand people ride those buses every day. Most of them have no other way to get to work", the mayor said.

Merchants in the downtown stores said business was off by a third.

Dabney T. Cawthorne, president of the Tenter Street Merchants Association, said the association would ask the company and the union to let the buses run on Saturdays during the strike. "A strike that closes the stores closes the pay envelopes too", he said.

Juby, asked whether he saw any hope, replied that he had seen worse strikes settled in a day. "Both sides are tired. Tired men settle", he said.

The strike is the first on the city lines since 1946.
'''

T["crw06-school-board-shouting-match.txt"] = '''
Shouts and a gavel at school board meeting

The Fallowby Board of Education voted 4 to 3 last night to close the Sparrowgate Street School next June, at the end of a meeting so noisy that the president twice threatened to clear the room.

Some 300 parents packed the auditorium of the Fallowby Junior High School. Most of them were from the Sparrowgate Street district and most of them were against the plan.

The superintendent of schools, Dr. Reuel M. Hazeldine, told the board the building was 74 years old, had no fire escape on its north side and would cost $186,000 to put in order. He said its 210 pupils could be moved to the new Larchmount School, a mile away, without adding a teacher.

"It is an old building, and it is a dangerous one", Dr. Hazeldine said. "I would not send my own children there, and I do not think the board should send anybody else's".

Board member Ziba R. Ackroyd, who voted against the closing, said the superintendent's figures were "the figures of a man who has already made up his mind". He said a fire escape would cost $9,000 and the rest of the work could wait.

Board member Jared W. Loxley said Ackroyd had voted for the Larchmount School two years ago knowing it would replace Sparrowgate Street. He said the board had promised the Larchmount parents as much.

"I voted for a new school, not for closing an old one", Ackroyd broke in.

"You voted for both and you know it", Loxley said.

The president of the board, Selah P. Uttley, rapped for order. He said the board would hear from the floor for one hour and not a minute more.

Mrs. Temperance Yeomans, president of the Sparrowgate Street Parent-Teacher Association, spoke first. She said the parents had raised $4,200 for the school library in ten years and had painted two classrooms themselves last summer.

"Our children can walk to Sparrowgate Street. They will have to cross the Pennistone Road to get to Larchmount", she said. "Which one of you will stand at that crossing at 8 o'clock in the morning"?

Her husband, Benoni Yeomans, a machinist, followed her to the microphone. He said the board had "spent every nickel it had on the new side of town" since 1955.

Mr. Yeomans was still speaking when a man at the back of the hall shouted that the board had been bought. Uttley banged the gavel and said he would call the police if there was another outburst.

"This is a public meeting and these are the public", Ackroyd shouted at him.

"Then the public can behave itself", the president said.

Miss Olwen Tuckerman, who has taught the third grade at Sparrowgate Street for 26 years, said she would go to Larchmount if she was sent there but would "go with a heavy heart and a long memory".

Mrs. Yeomans told reporters later that the parents would ask the County Court to stop the closing. "We have been patient. We are finished being patient", she said.

Loxley said after the vote the board had done "what it had to do, and what it should have done five years ago". Ackroyd said the board had done it the wrong way and in the wrong year.

The Fallowby Teachers Association said in a statement that its members at Sparrowgate Street would be given places at Larchmount or at other schools in the city.
'''
