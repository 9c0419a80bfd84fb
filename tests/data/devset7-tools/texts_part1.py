# Hand-written article texts for devset7, part 1 (spt01-spt06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line.
# Style of the converted Brown category A sports pages: punctuation the paper printed
# inside a closing quote comes AFTER it ("...", he said.), datelines joined to
# the paragraph, several short stories per file, sentence-case headlines.
T = {}

T["spt01-tigers-win-in-11th.txt"] = '''
Tigers win in 11th on Vranek's single

Bramhope, Ohio (AP) -- Rookie catcher Evander Vranek singled home the winning run with two out in the 11th inning tonight, and the Bramhope Tigers beat the Dellmoor Comets, 4 to 3, for their sixth straight victory.

The Tiger skipper, Redmond (Buzz) Ottley, had sent Vranek up to hit for himself with Ozzie Tambling on second base and a left-hander warming up in the Dellmoor bullpen. "I had a hunch about the kid", Ottley said. "He's been swinging the bat good all week, and he don't scare".

Vranek, 22, who was catching for Gastonbury in the Carolina League a year ago, said he was looking for a fast ball and got one. "I just tried to meet it", he grinned.

His teammates call him "the Professor", because he carries a book on every road trip.

Right-hander Calvin Oberhaus went the distance for Bramhope and scattered nine hits. He struck out eight, and Tambling and shortstop Rudy Kopecky each had two hits. "My arm never felt better than it did in the tenth", he said.

The Dellmoor pilot, Reinhold Haldane, said his club "left too many men on base to win a ball game". The Comets stranded 13, three of them in the ninth.

"You can't blame the pitchers for this one", Haldane added. "They kept us in it all night, and we didn't pick them up once".

Tambling, who was running with the pitch, said he never saw the sign from the third-base coach. "I just put my head down and ran", Tambling said. "When a kid hits one like that, you don't wait for anybody to wave you in".

The two clubs meet again tomorrow afternoon. Ottley said he would start left-hander Erskine Applewhite, who has not pitched since April 30.
'''

T["spt02-pilgrims-camp-notes.txt"] = '''
Pilgrims rookie has Gorbach talking

Mangrove Point, Fla. (UPI) -- A 19-year-old right-hander who was pitching for a feed-store team in Nebraska last summer threw three perfect innings for the Kenmarsh Pilgrims today, and the Pilgrim pilot, Ignatz Gorbach, could not stop talking about him.

The boy is Elmo Sprague, 6 feet 3 and 185 pounds, and he signed for a bonus of $4,000 in September. "He's got the best arm I've seen in this camp in ten years", Gorbach said. "Maybe the best arm I've seen anywhere".

Sprague was told what the manager had said. "I just throw it and they don't hit it", Sprague shrugged. "Back home nobody ever hit it much either", he said.

Kopp's ankle mending

Outfielder Lemoyne Kopp, who turned his ankle sliding into second base Saturday, will be out of the lineup until Thursday, according to the club trainer, Humphrey Fenstermacher. Kopp, who hit .291 last season, said he would be ready for the opener "if I have to play on one leg".

Fenstermacher said the swelling had gone down overnight. "It's a sprain, and not a bad one", he said.

Veterans report

Catcher Bartram Deering and first baseman Lucien (Hoot) Marcantonio, the last of the veterans, reported today. Deering, 36, said this would be his last season. "My knees told me so last August, and they don't lie", the veteran catcher said.

Marcantonio, who weighed in at 214, six pounds over his playing weight, grinned when he was asked about it. "Ask my wife, she does the cooking in our house", he said.

Gorbach said both men would play in the first exhibition game, against the Sunfield Foxes here Saturday. "Hoot needs the running more than anybody in camp", the manager said.

The Pilgrims worked out for three hours in 84-degree heat. Gorbach has called for two drills a day through Friday.
'''

T["spt03-wolverhill-beats-saddlebrook.txt"] = '''
Falzone passes sink Saddlebrook

Saddlebrook, Ind. -- Dominic (Parson) Falzone threw two touchdown passes in the fourth quarter today, and Wolverhill State came from behind to beat Saddlebrook, 21 to 14, before 31,000 at Ferrisdale Stadium.

Saddlebrook led, 14 to 7, going into the last period on two short runs by fullback Olaf Henrikson. Then Falzone went to work. He hit end Wade Pilcher for 38 yards and a touchdown, and four minutes later he found halfback Ned Pellerin alone in the end zone.

Coach Barnaby Stroud of Wolverhill said he told Falzone at the half to forget about the running game. "We couldn't move it on the ground, so we put it in the air", Stroud said. "Parson did the rest, and he did it right".

The Saddlebrook coach, Ellery Maddox, said his boys "played their hearts out for three quarters".

"Then they ran out of gas", he said. "I'm not going to say a word against any one of them".

Falzone, a senior from Brockfield, said the pass to Pellerin was a play the team had not used all season. "We saved it for Saddlebrook, and it worked", he said.

The Saddlebrook student section held up a bedsheet that read "Stop the Parson", and for three quarters it did.

Maddox said he thought the officials had missed a clipping penalty on the second touchdown, but he added that "it's over and done with, and we lost".

Stroud, told of the complaint, shrugged. "I didn't see it, and neither did the referee", he said.

Henrikson, who gained 97 yards in 19 carries, left the game in the third quarter with a bruised hip. The team physician, Dr. Anselm Wyckoff, said he would be ready to play against Tuckerton next Saturday.

Wolverhill has won three and lost one. Saddlebrook has won two and lost two.
'''

T["spt04-crestmoor-scrimmage.txt"] = '''
Crestmoor drills in the rain

Eastbury, Vt. -- Coach Rutherford (Rusty) Gallatin sent his Crestmoor College squad through a two-hour scrimmage in a cold rain today, and nobody went home early.

The Crestmoor coach was not pleased with his line. "They're standing up like they're waiting for a bus", he said. "We open against Penmarrow in nine days, and Penmarrow won't wait".

Gallatin said sophomore tackle Ivo Karlinski would start in place of Ivor Boughton, who has a bruised shoulder and did not dress for the drill.

Karlinski, 225 pounds, said he had never played tackle before this fall. "In high school they had me at fullback", he recalled. "I guess I got too slow".

Boughton, watching from the bench in a raincoat, called over to him. "You got too slow in the fourth grade", he said.

Over the door of the Crestmoor dressing room hangs a sign that reads "Nobody Outhits Crestmoor". Gallatin said he put it there himself the day he was hired, in 1954.

The squad will scrimmage again Saturday morning, with the alumni invited to watch. Gallatin said the first team would play no more than a half.

Trainer counts the sprains

The trainer, Eustace Quayle, said three players were nursing sprained ankles and that the team was "using more tape than the county hospital".

Quayle named halfbacks Nils Everdingen and Dario Tosti and end Purvis Lockhart. He said all three would be ready for the opener. "A sprain in September is better than a sprain in November", he said.

Gallatin, asked whether the rain had hurt the drill, said it had done the squad more good than harm. "It rains in October too, and we might as well get used to it", the coach said.
'''

T["spt05-kettleman-wins-copperhead.txt"] = '''
Kettleman wins Copperhead Open

Mossbank, Ark. (AP) -- Buford Kettleman, a 31-year-old club professional from Ivesburg, Tenn., shot a four-under-par 68 today for a 72-hole total of 279 and won the Copperhead Open by two strokes.

Marius Ravenel, who led by a stroke after 54 holes, took a double-bogey six on the 15th hole and finished second at 281. Kettleman had a birdie on the same hole a few minutes earlier.

"I've been second eleven times in five years", Kettleman said after he holed out. "I was beginning to think they'd carve it on my tombstone".

Ravenel said the six on the 15th "was the whole tournament right there".

He said he hit a 4-iron into the creek in front of the green, dropped out, and then chipped over the green into a bunker. "There's nobody to blame for that one but me", he said.

Kettleman, who won $3,500, said he would send most of it home to his wife and three children. "She's been paying the bills for two years", he laughed.

The gallery of 6,000 followed Ravenel most of the way. He is a favorite here, where the fans call him "the Duke" for his white cap and his slow walk.

Amateur medal to Lindell

The low amateur was Gaylord Lindell, 20, a junior at Ardley College, with 291. Lindell said he would try for the Walker Cup team next year "if my grades hold up this spring".

His coach, Oswin Threadgill, who walked all 72 holes with him, said Lindell "has a better swing than I had at 30".

It was the 14th amateur medal awarded in the tournament's history. The Copperhead Open moves next year to the Sassafras course near Little Rock.
'''

T["spt06-arrieta-stops-sealy.txt"] = '''
Arrieta stops Sealy in seventh

Port Hallam, N.Y. (UPI) -- Kid Teodoro Arrieta, a 24-year-old welterweight from Arecibo, Puerto Rico, knocked out Percy Sealy with a left hook in the seventh round tonight at the Port Hallam Arena.

Arrieta, who was down for a count of eight in the third round, said he never lost his head or his legs. "He hit me a good one, but I knew where I was", he said. "I was counting right along with the referee".

The crowd of 3,900, many of whom call Arrieta "the Little Bull", stood on their chairs for the last two rounds.

His manager, Hymie Feingarten, said he would ask for a shot at the welterweight title "before the snow flies this winter".

"The kid has earned it the hard way", Feingarten said. "He's beaten everybody they put in front of him, and nobody wants to fight him".

The trainer, Jake Ambrosino, said Arrieta had been throwing the right hand too often in the early rounds. "I told him in the corner to stop loading up on the right", Ambrosino said. "He listened to me for once in his life".

Sealy, who weighed 146, was taken to his dressing room on a stretcher but walked out an hour later. He said he wanted a return match before the end of the summer. "I'll get him next time, and he knows it", he said.

Sealy's manager, Irving Plotkin, said he would file a protest with the State Athletic Commission over the count in the third round, which he called "the slowest eight I ever saw".

The referee, Matt Brophy, said the count was a proper one. "I counted the same for both of them", he said.

Arrieta has won 22 fights, 15 by knockouts, and lost two.
'''

for _k in T:
    T[_k] = T[_k].strip("\n").split("\n\n")
