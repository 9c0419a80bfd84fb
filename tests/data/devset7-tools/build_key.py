"""Hand-written key for devset7 (spt01-spt06; spt07-spt12 are in build_key_part2.py). Only the block
'start' strings are computed (first 40 chars of each block) and the title (the first line). Headings
are listed by their text (every headline line after the first, i.e. the later stories in the same
sample); the script turns them into block positions and fails if one is not found.

Data only: `python3 tests/data/brown-form-tools/sets.py key devset7` writes ../devset7-key.json from it.
"""
D, R = "Direct", "Reported"
DOCS = [
("spt01-tigers-win-in-11th.txt", [], [
 ("Redmond Ottley", "said", D, "I had a hunch about the kid"),
 ("Redmond Ottley", "said", D, "He's been swinging the bat good all week"),
 ("Evander Vranek", "said", R, "he was looking for a fast ball and got one"),
 ("Evander Vranek", "grinned", D, "I just tried to meet it"),
 ("Calvin Oberhaus", "said", D, "My arm never felt better than it did in the tenth"),
 ("Reinhold Haldane", "said", D, "left too many men on base to win a ball game"),
 ("Reinhold Haldane", "added", D, "You can't blame the pitchers for this one"),
 ("Reinhold Haldane", "added", D, "They kept us in it all night"),
 ("Ozzie Tambling", "said", R, "he never saw the sign from the third-base coach"),
 ("Ozzie Tambling", "said", D, "I just put my head down and ran"),
 ("Ozzie Tambling", "said", D, "When a kid hits one like that, you don't wait"),
 ("Redmond Ottley", "said", R, "he would start left-hander Erskine Applewhite, who has not pitched"),
], "Baseball game story with clubhouse talk, dateline 'Bramhope, Ohio (AP) --'. 'The Tiger skipper, Redmond (Buzz) Ottley' -> Redmond Ottley (role phrase and nickname in parentheses dropped); '\"...\", Ottley said. \"...\"' -> two Direct. 'Rookie catcher Evander Vranek' -> 'Rookie catcher' is a position title, dropped. 'Vranek ... said he was looking for a fast ball and got one. \"I just tried to meet it\", he grinned.' -> Reported 'said' + Direct with cue 'grinned' (the verb as printed; 'I just tried to meet it' is exactly six words). Not keyed: the teammates' nickname \"the Professor\". Oberhaus paragraph: 'Right-hander Calvin Oberhaus went the distance ... He struck out eight, and Tambling and shortstop Rudy Kopecky each had two hits. \"My arm ...\", he said.' -> three players are named before 'he said'; the speaker is Oberhaus, the subject of the paragraph and of 'He struck out eight' (and the one with the arm); Tambling and Kopecky are only objects of the statistics. 'The Dellmoor pilot, Reinhold Haldane, said his club \"left too many men ...\"' -> only the subject unquoted: Direct only. Next paragraph '\"...\", Haldane added. \"...\"' -> two Direct with cue 'added'. 'Tambling, who was running with the pitch, said ...' Reported + two Direct ('Tambling said'). Last paragraph 'Ottley said he would start left-hander Erskine Applewhite, who has not pitched since April 30.' -> Reported (the relative clause is part of the reported words; the snippet runs into it because the clause before it has only six words)."),

("spt02-pilgrims-camp-notes.txt", ["Kopp's ankle mending", "Veterans report"], [
 ("Ignatz Gorbach", "said", D, "He's got the best arm I've seen in this camp"),
 ("Ignatz Gorbach", "said", D, "Maybe the best arm I've seen anywhere"),
 ("Elmo Sprague", "shrugged", D, "I just throw it and they don't hit it"),
 ("Elmo Sprague", "said", D, "Back home nobody ever hit it much either"),
 ("Humphrey Fenstermacher", "according to", R, "will be out of the lineup until Thursday"),
 ("Lemoyne Kopp", "said", R, "he would be ready for the opener"),
 ("Lemoyne Kopp", "said", D, "if I have to play on one leg"),
 ("Humphrey Fenstermacher", "said", R, "the swelling had gone down overnight"),
 ("Humphrey Fenstermacher", "said", D, "It's a sprain, and not a bad one"),
 ("Bartram Deering", "said", R, "this would be his last season"),
 ("Bartram Deering", "said", D, "My knees told me so last August, and they don't lie"),
 ("Lucien Marcantonio", "said", D, "Ask my wife, she does the cooking in our house"),
 ("Ignatz Gorbach", "said", R, "both men would play in the first exhibition game"),
 ("Ignatz Gorbach", "said", D, "Hoot needs the running more than anybody in camp"),
], "Spring training notes, dateline 'Mangrove Point, Fla. (UPI) --', three items with headlines. 'the Pilgrim pilot, Ignatz Gorbach' -> role phrase dropped; '\"...\", Gorbach said. \"...\"' -> two Direct. 'Sprague was told what the manager had said.' -> no content, not keyed. '\"...\", Sprague shrugged. \"...\", he said.' -> two pairs with two different attributions: Direct with cue 'shrugged' (as printed) and Direct with cue 'said'. 'Kopp's ankle mending' and 'Veterans report' are later headlines (Heading). 'Outfielder Lemoyne Kopp ... will be out of the lineup until Thursday, according to the club trainer, Humphrey Fenstermacher.' -> speaker is the named trainer, cue 'according to', Reported (content before the attribution). 'Kopp ... said he would be ready for the opener \"if I have to play on one leg\".' -> the unquoted words have their own verb: Reported + Direct. Fenstermacher Reported + Direct. 'Catcher Bartram Deering and first baseman Lucien (Hoot) Marcantonio' -> position titles and the nickname dropped; 'Deering, 36, said ... \"...\", the veteran catcher said.' -> role reference = Deering (Reported + Direct). 'Marcantonio ... grinned when he was asked about it. \"...\", he said.' -> Direct, cue 'said' ('grinned' here has no quote of its own). 'Gorbach said both men ... \"Hoot needs ...\", the manager said.' -> Reported + Direct; 'the manager' = Gorbach; 'Hoot' inside the quote is Marcantonio's nickname. 'Gorbach has called for two drills a day' is an order, not a statement."),

("spt03-wolverhill-beats-saddlebrook.txt", [], [
 ("Barnaby Stroud", "said", R, "he told Falzone at the half to forget about the running game"),
 ("Barnaby Stroud", "said", D, "We couldn't move it on the ground, so we put"),
 ("Barnaby Stroud", "said", D, "Parson did the rest, and he did it right"),
 ("Ellery Maddox", "said", D, "played their hearts out for three quarters"),
 ("Ellery Maddox", "said", D, "Then they ran out of gas"),
 ("Ellery Maddox", "said", D, "I'm not going to say a word against any one"),
 ("Dominic Falzone", "said", R, "the pass to Pellerin was a play the team had not used"),
 ("Dominic Falzone", "said", D, "We saved it for Saddlebrook, and it worked"),
 ("Ellery Maddox", "said", R, "he thought the officials had missed a clipping penalty"),
 ("Ellery Maddox", "added", D, "it's over and done with, and we lost"),
 ("Barnaby Stroud", "said", D, "I didn't see it, and neither did the referee"),
 ("Anselm Wyckoff", "said", R, "he would be ready to play against Tuckerton next Saturday"),
], "College football game with both coaches, dateline 'Saddlebrook, Ind. --'. 'Dominic (Parson) Falzone' -> Dominic Falzone; 'Parson' inside Stroud's quote is the nickname, not a speaker. 'Coach Barnaby Stroud of Wolverhill said he told Falzone ...' -> Reported (snippet exactly 12 words) + two Direct ('Stroud said'). 'The Saddlebrook coach, Ellery Maddox, said his boys \"played their hearts out ...\"' -> only the subject unquoted: Direct only. The next paragraph is '\"Then they ran out of gas\", he said. \"...\"' -> 'he' = Maddox (the last speaker; Stroud is not in the paragraph); two Direct ('Then they ran out of gas' is exactly six words). 'Falzone ... said the pass ... \"...\", he said.' -> Reported + Direct. Not keyed: the bedsheet \"Stop the Parson\" (a sign). 'Maddox said he thought ..., but he added that \"it's over and done with, and we lost\".' -> Reported 'said' + Direct 'added' (after 'added that' the whole clause is quoted, so Direct only for that part). 'Stroud, told of the complaint, shrugged. \"...\", he said.' -> Direct, cue 'said' ('shrugged' has no quote of its own). 'The team physician, Dr. Anselm Wyckoff, said he would be ready ...' -> 'Dr.' and the role dropped; Reported ('he' is Henrikson, the content's subject, not the speaker)."),

("spt04-crestmoor-scrimmage.txt", ["Trainer counts the sprains"], [
 ("Rutherford Gallatin", "said", D, "They're standing up like they're waiting for a bus"),
 ("Rutherford Gallatin", "said", D, "We open against Penmarrow in nine days"),
 ("Rutherford Gallatin", "said", R, "sophomore tackle Ivo Karlinski would start in place of"),
 ("Ivo Karlinski", "said", R, "he had never played tackle before this fall"),
 ("Ivo Karlinski", "recalled", D, "In high school they had me at fullback"),
 ("Ivo Karlinski", "recalled", D, "I guess I got too slow"),
 ("Ivor Boughton", "said", D, "You got too slow in the fourth grade"),
 ("Rutherford Gallatin", "said", R, "he put it there himself the day he was hired"),
 ("Rutherford Gallatin", "said", R, "the first team would play no more than a half"),
 ("Eustace Quayle", "said", R, "three players were nursing sprained ankles"),
 ("Eustace Quayle", "said", D, "using more tape than the county hospital"),
 ("Eustace Quayle", "said", R, "all three would be ready for the opener"),
 ("Eustace Quayle", "said", D, "A sprain in September is better than a sprain"),
 ("Rutherford Gallatin", "said", R, "it had done the squad more good than harm"),
 ("Rutherford Gallatin", "said", D, "It rains in October too, and we might as well"),
], "College football practice, dateline 'Eastbury, Vt. --'. 'Coach Rutherford (Rusty) Gallatin' -> Rutherford Gallatin. 'The Crestmoor coach was not pleased with his line. \"...\", he said. \"...\"' -> role reference = Gallatin; two Direct. 'sophomore tackle Ivo Karlinski' -> position title dropped. 'Karlinski ... said he had never played tackle ... \"...\", he recalled. \"...\"' -> Reported 'said' + two Direct with cue 'recalled' (two pairs around one attribution; 'I guess I got too slow' is exactly six words). A quote answered by another player: 'Boughton, watching from the bench ..., called over to him. \"You got too slow ...\", he said.' -> speaker Ivor Boughton (first given as 'Ivor Boughton, who has a bruised shoulder'), cue 'said'; 'called over to him' is not taken as the cue. Not keyed: the sign \"Nobody Outhits Crestmoor\". 'Gallatin said he put it there himself ...' and 'Gallatin said the first team ...' -> Reported each. 'Trainer counts the sprains' is a later headline (Heading). 'The trainer, Eustace Quayle, said three players were nursing sprained ankles and that the team was \"using more tape ...\"' -> one verb, two clauses: the first is Reported; in the second only the subject and the copula are unquoted, so it is Direct only. 'Quayle named halfbacks ...' is a list, not a statement. 'He said all three ... \"...\", he said.' Reported + Direct. 'Gallatin, asked whether ... (unnamed asker, not keyed), said it had done the squad ... \"...\", the coach said.' -> Reported + Direct (role reference = Gallatin)."),

("spt05-kettleman-wins-copperhead.txt", ["Amateur medal to Lindell"], [
 ("Buford Kettleman", "said", D, "I've been second eleven times in five years"),
 ("Buford Kettleman", "said", D, "I was beginning to think they'd carve it on my tombstone"),
 ("Marius Ravenel", "said", D, "was the whole tournament right there"),
 ("Marius Ravenel", "said", R, "he hit a 4-iron into the creek in front of"),
 ("Marius Ravenel", "said", D, "There's nobody to blame for that one but me"),
 ("Buford Kettleman", "said", R, "he would send most of it home to his wife"),
 ("Buford Kettleman", "laughed", D, "She's been paying the bills for two years"),
 ("Gaylord Lindell", "said", R, "he would try for the Walker Cup team next year"),
 ("Gaylord Lindell", "said", D, "if my grades hold up this spring"),
 ("Oswin Threadgill", "said", D, "has a better swing than I had at 30"),
], "Golf tournament, dateline 'Mossbank, Ark. (AP) --'. Kettleman (winner): '\"...\", Kettleman said after he holed out. \"...\"' -> two Direct. 'Ravenel said the six on the 15th \"was the whole tournament right there\".' -> subject and copula inside the quote, only the subject unquoted: Direct only (exactly six words). 'He said he hit a 4-iron ..., dropped out, and then chipped ... \"...\", he said.' -> Reported + Direct ('He' = Ravenel, the subject of the paragraph before). 'Kettleman ... said he would send most of it home ... \"...\", he laughed.' -> Reported + Direct with cue 'laughed'. Not keyed: the fans' nickname \"the Duke\". 'Amateur medal to Lindell' is a later headline (Heading). 'Lindell said he would try for the Walker Cup team next year \"if my grades hold up this spring\".' -> Reported + Direct. 'His coach, Oswin Threadgill, ... said Lindell \"has a better swing ...\"' -> only the subject unquoted: Direct only."),

("spt06-arrieta-stops-sealy.txt", [], [
 ("Teodoro Arrieta", "said", R, "he never lost his head or his legs"),
 ("Teodoro Arrieta", "said", D, "He hit me a good one, but I knew where I was"),
 ("Teodoro Arrieta", "said", D, "I was counting right along with the referee"),
 ("Hymie Feingarten", "said", R, "he would ask for a shot at the welterweight title"),
 ("Hymie Feingarten", "said", D, "before the snow flies this winter"),
 ("Hymie Feingarten", "said", D, "The kid has earned it the hard way"),
 ("Hymie Feingarten", "said", D, "He's beaten everybody they put in front of him"),
 ("Jake Ambrosino", "said", R, "Arrieta had been throwing the right hand too often"),
 ("Jake Ambrosino", "said", D, "I told him in the corner to stop loading up"),
 ("Jake Ambrosino", "said", D, "He listened to me for once in his life"),
 ("Percy Sealy", "said", R, "he wanted a return match before the end of the summer"),
 ("Percy Sealy", "said", D, "I'll get him next time, and he knows it"),
 ("Irving Plotkin", "said", R, "he would file a protest with the State Athletic Commission"),
 ("Irving Plotkin", "called", D, "the slowest eight I ever saw"),
 ("Matt Brophy", "said", R, "the count was a proper one"),
 ("Matt Brophy", "said", D, "I counted the same for both of them"),
], "Boxing, fighter, manager and trainer, dateline 'Port Hallam, N.Y. (UPI) --'. 'Kid Teodoro Arrieta' -> Teodoro Arrieta (the ring-name prefix 'Kid' dropped, as devset2 dropped it). 'Arrieta ... said he never lost his head or his legs. \"...\", he said. \"...\"' -> Reported + two Direct. Not keyed: the fans' name \"the Little Bull\". 'His manager, Hymie Feingarten, said he would ask for a shot ... \"before the snow flies this winter\".' -> Reported + Direct (exactly six words); the next paragraph '\"...\", Feingarten said. \"...\"' two Direct. 'The trainer, Jake Ambrosino, said Arrieta had been ... \"I told him in the corner ...\", Ambrosino said. \"...\"' -> Reported + two Direct; 'I told him' inside the quote is not a separate statement. 'Sealy ... He said he wanted a return match ... \"...\", he said.' -> Reported + Direct. 'Sealy's manager, Irving Plotkin, said he would file a protest ... over the count in the third round, which he called \"the slowest eight I ever saw\".' -> Reported 'said' + Direct 'called' (a quoted characterisation, as devset2 and devset6 keyed 'called'; exactly six words). 'The referee, Matt Brophy, said the count was a proper one. \"...\", he said.' -> Reported (exactly six words) + Direct. The State Athletic Commission says nothing."),
]
from build_key_part2 import DOCS as DOCS2
DOCS = DOCS + DOCS2
