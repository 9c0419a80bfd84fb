# Hand-written article texts for devset4, part 1. One list item per block (paragraph).
# Style of the converted Brown category A texts: punctuation the paper printed
# inside a closing quote comes AFTER it ("...", he said.), datelines joined to
# the paragraph, several short stories per file, sentence-case headlines.
T = {}
T["nws01-bellweather-trial.txt"] = [
"Deputy tells jury of finding body",
"Tellerton, Ky. -- The state called three witnesses yesterday in the murder trial of Mrs. Nora Bellweather, 52, who is charged with shooting her husband, Jasper, in the kitchen of their farm home near Saline Creek last Aug. 14.",
"The first, Deputy Sheriff Claude Okerlund, testified that he found the body on the kitchen floor and a shotgun standing in a corner by the back door.",
"He said Mrs. Bellweather was sitting on the porch steps when he drove up and told him, \"He's in there. I never meant for it to happen\".",
"Under cross-examination by defense attorney Virgil Lathrop, the deputy was asked about the gun:",
"Q. Was the gun loaded when you found it? A. One barrel was loaded and the other had been fired.",
"Q. Did you ask her who fired it? A. No, sir. She was crying too hard to talk to anybody.",
"Dr. Harmon Quist, the county coroner, said death was caused by a single charge of birdshot fired from a distance of not more than six feet.",
"A neighbor, Mrs. Lottie Schramm, told the jury she was washing dishes at her sink when she heard \"two loud voices and then one shot\". She said the couple had quarreled often but that she had never seen Mrs. Bellweather with a gun.",
"Q. You didn't see who fired that shot, did you? A. No. But there wasn't anybody else out there but the two of them.",
"Lathrop has told the jury the defense will show that Bellweather had beaten his wife \"more times than anyone will ever know\" and that she fired in fear of her life.",
"Circuit Judge Lucas T. Vandermeer recessed court until 9:30 a.m. today. The state is expected to rest its case by noon, Commonwealth's Atty. Boyd Creed said.",
]
T["nws02-bypass-route.txt"] = [
"Highway board picks south route for bypass",
"Bexford, Iowa -- The State Highway Commission voted 4 to 1 yesterday to build a $3.2 million bypass around Corliss on Route 19, and chose the south route that farmers in the area had fought for a year.",
"Commission chairman Dwight L. Farnam said construction would begin in the spring of 1962 and that the four-lane road should be open to traffic by the fall of 1963.",
"The lone vote against the route came from Commissioner Otto T. Reinholt of Lanwick, who called the choice \"a favor to a few landowners at the expense of everybody else in the county\".",
"\"I have driven that road for 30 years and so has everybody on this commission\", Reinholt said. \"The north route is shorter, it is cheaper and it does not cut a single farm in two\".",
"The north route would have required two new bridges over the Pelsey River and cost at least $400,000 more, according to chief engineer Chester Pettibrand. Pettibrand told the commission his staff had studied both routes for 18 months.",
"\"We did not pick this road out of a hat. We walked every foot of both of them\".",
"Farmers protest",
"About 40 farmers from the Corliss area attended the meeting, some carrying signs that read \"Save Our Farms\" and \"No Bypass Here\".",
"Their spokesman, Harvey Lindquist, said the state right-of-way agents had offered the farmers \"about half what the land is worth\" and that many of them would go to court. He said a petition signed by 612 persons would be sent to the governor this week.",
"Farnam said land prices were set by independent appraisers. \"Nobody is going to be cheated out of a dollar\", the chairman said.",
"The commission also said bids would be opened March 3 on resurfacing 22 miles of Route 4 between Ordway Junction and Dunsby.",
]
T["nws03-brockway-news-conference.txt"] = [
"Brockway rules out special session",
"Tillamere, Ore. -- Gov. Stanton R. Brockway said today he would not call the Legislature into special session to deal with the school building shortage, \"not this year and probably not next\".",
"The governor, at his weekly news conference, told reporters the $18 million in school aid voted last spring would carry the districts through 1962 if they spent it with care.",
"Asked whether he would sign the teachers' pay bill if it came to him again, Brockway said: \"I vetoed it once and I would veto it again. The money simply isn't there\".",
"\"Are you going to run for re-election\"? A reporter asked. \"You will have to ask me that again in January\", the governor said, smiling.",
"Norris Mayhew of the Keswick Gazette asked whether the governor had talked with Sen. Homer Truesdale about the Senate race. Brockway said he had not talked with Truesdale about it and did not intend to.",
"Budget Director Miles Harrow, who sat beside the governor, said the general fund would end the fiscal year with a surplus of about $2.1 million. He said most of it was already committed to the state hospitals.",
"\"That money is spoken for, every nickel of it, and the Legislature knows it\", he said.",
"New judge named",
"Brockway also announced the appointment of Cecil J. Wicklund, 44, a Ridgefield attorney, as judge of the 14th Circuit Court. He will succeed Judge Ernest Dahlberg, who retired Oct. 1 because of ill health.",
"Wicklund, reached at his office, said he was \"honored, and more than a little frightened by it\". He said he would close his law practice by the end of the month.",
]
T["nws04-badgers-owls-preview.txt"] = [
"Badgers, Owls meet for title",
"Crandall, Tenn. -- Two teams that have not lost a conference game meet here Saturday afternoon when the Harwood College Badgers play host to the Kenning State Owls for the Tri-Valley championship.",
"Badger coach Eben (Tiny) Thornquist said his team had come through the week without an injury except to halfback Jerry Cade, who sprained an ankle in Tuesday's drill.",
"\"Cade will play, but I don't know how much\", Thornquist said. \"He can't cut on it, and a halfback who can't cut is just a fellow running in a straight line\".",
"Kenning coach Lyman Heffernan, whose team has won seven straight, called the Badgers \"the best-coached team we will see this year\".",
"\"They don't beat themselves. You have to go out there and take the game away from them\".",
"Heffernan said he would start sophomore Dick Lomax at quarterback in place of Walt Brenner, who has been out with a shoulder injury since the Dayle game. He said Brenner would dress for the game but would not play unless he was badly needed.",
"Lomax, who is called \"the Deacon\" by his teammates because he does not smoke, drink or swear, has completed 21 of 38 passes in three games.",
"Asked about Lomax, Thornquist said he had seen him only in game films. \"He throws a pretty ball, but a sophomore is a sophomore the first time he sees a crowd like this\", the Badger coach said.",
"The Badgers will count on their running game. Cade and fullback Hank Ostrowski have gained 811 yards between them, and Harwood has thrown only 40 passes all season.",
"A crowd of 14,000, largest in the history of Harwood's Memorial Field, is expected, according to athletic director Cyril Sorensen. He said all reserved seats were sold out Wednesday.",
]
T["nws05-redfern-stops-alcazar.txt"] = [
"Redfern stops Alcazar in fifth",
"Lonnie Redfern, the hard-hitting welterweight from Port Alwin, knocked out Kid Ruben Alcazar in 2:14 of the fifth round last night at the Coliseum before 6,200 fans.",
"\"I hit him with the same right hand I've been throwing all week in the gym\", Redfern said in his dressing room. \"I knew when it landed he wasn't getting up\".",
"Alcazar, who had been down for a count of eight in the third round, said through an interpreter that he had never been hit harder. \"He is strong like a bull, and he does not stop coming\", he said.",
"Alcazar's seconds protested that the count was fast.",
"\"He got ten, and he got them slow\", said referee Pat Mulrooney. \"I gave him every chance in the world to get up\".",
"Redfern, who is known around the gyms as \"the Undertaker\", has now won 23 of 25 professional fights, 17 of them by knockouts. He weighed 146 1/2, Alcazar 147.",
"Redfern's manager, Moe Brandauer, said he would try to match his fighter with the winner of the title bout in Chicago next month. He said he had turned down an offer of $15,000 for a fight in London.",
"\"Lonnie is ready for anybody in the division now\", Brandauer said. \"A year from now he'll be too big for the welters, so it has to be now\".",
"Promoter Abe Kellerman said the gate of $31,400 was the largest for a fight without a title at stake in the Coliseum since 1953.",
"Pioneers top Hornets",
"Tamsen, Mich. -- Center Mel Trotman scored 34 points and took 19 rebounds last night as the Tamsen Pioneers beat the Yarrow Hornets, 118-109, before 4,100 at the Armory.",
"\"He was just too big for us under the boards tonight\", said Hornet coach Andy Szabo. Trotman said his knee, which he hurt in practice last week, no longer bothered him.",
]
T["nws06-plains-synod.txt"] = [
"Synod head scolds comfortable church",
"Fort Quinlan, Kan. -- The Rev. Dr. Ansel P. Wainwright, president of the Plains Synod of the Free Gospel Church, told 900 delegates at its 84th annual convention today that the church \"has been too comfortable for too long\".",
"\"We build bigger churches every year and fill fewer pews. We have become a church of parking lots and coffee hours\".",
"The synod adopted a resolution urging its congregations to help migrant farm families who follow the wheat harvest through the state each summer.",
"Not every delegate agreed with the resolution. \"The church has no business in the labor question\", said Reuben Voth, a lay delegate from Kiowa Flats. \"Feed them, yes. But don't tell the farmers what to pay them\".",
"Dr. Wainwright replied that no one was telling anybody what to pay. \"We are asking our people to open their eyes\", he said.",
"Mrs. Horace Pomeroy, president of the synod's Women's Missionary Society, reported that the society had raised $48,000 in the last year for a mission hospital in Bolivia.",
"Membership rises",
"Membership in the synod's 212 churches rose 2.4 per cent last year to 61,300, according to its statistician, the Rev. Eric Soderholm.",
"Soderholm said the gain came almost entirely in the new suburbs of the larger towns. He said 19 rural churches had lost members and three had closed their doors.",
"Delegates elected the Rev. Gunnar Mattson of Lindahl as vice-president. The convention will close Thursday with a communion service in the Civic Auditorium.",
]
