"""Hand-written key for devset12, cul07-cul12 (imported by build_key.py).
Each entry: (fileName, [later headline lines], [(speaker, cue, kind, snippet)], notes)."""
D, R = "Direct", "Reported"
DOCS = [
("cul07-lanthorn-ball-wedding.txt", ["Miss Pendarves wed to Lt. Wickstead"], [
 ("Mrs. Crispian P. Dunwoodie", "said", R, "the evening had raised about $42,000, the most in its history"),
 ("Mrs. Crispian P. Dunwoodie", "said", D, "Every dollar of it will go into the new wing"),
 ("Mrs. Crispian P. Dunwoodie", "said", D, "The flowers were given by our friends in the nurseries"),
 ("Fabian P. Verrall", "said", R, "the new wing would open in the fall of 1962"),
 ("Mrs. Gawain L. Pendarves", "said", R, "had been worn at four family weddings since 1884"),
 ("Mrs. Gawain L. Pendarves", "said", R, "the couple would live in Norfolk, Va., where Lt. Wickstead"),
 ("Mrs. Gawain L. Pendarves", "said", D, "when the Navy says so and not before"),
], "Society page: a benefit ball and, under its own headline (Heading), a wedding. The ball's chairman is a woman named by her husband's name (speaker 'Mrs. Crispian P. Dunwoodie'); 'said the evening had raised ...' -> Reported; '\"...\", said Mrs. Dunwoodie, who wore a gown of ice-blue satin. \"...\"' -> two Direct. Mrs. Diggory W. Orpen only planned the decorations (not a speaker). 'Dr. Fabian P. Verrall ... thanked Mrs. Dunwoodie and her committee ... He said ...' -> Verrall by gender ('Dr.' dropped). The waltz title is not a statement. Wedding: 'which, her mother said, had been worn ...' -> the bride's mother, first given as 'Mr. and Mrs. Gawain L. Pendarves' -> speaker 'Mrs. Gawain L. Pendarves'; Reported, snippet the words after the interjection. The nickname 'Shorty' is not a statement. 'Mrs. Pendarves said after the reception that ... \"when ...\"' -> the mother (the bride is 'Miss Pendarves' until her marriage and is never quoted); Reported + Direct. The Rev. Josias Wimberleigh only performed the ceremony (not keyed)."),

("cul08-glass-orchard-premiere.txt", [], [
 ("Ludovic M. Inchbold", "told", R, "he had rewritten the last act eleven times"),
 ("Ludovic M. Inchbold", "said", D, "The twelfth time I gave up and let the actors have it"),
 ("Ludovic M. Inchbold", "said", D, "By then they knew the people better than I did"),
 ("Damaris Kenchington", "said", R, "she had cut 20 minutes from the play during three weeks"),
 ("Damaris Kenchington", "said", D, "fought for every line and lost most of them gracefully"),
 ("Damaris Kenchington", "said", R, "she had read the first draft of the play on a bus"),
 ("Damaris Kenchington", "said", D, "knew by the second act that somebody had to put it on"),
 ("Jolyon Fane Dromgoole", "said", D, "the longest death scene I have ever played"),
 ("Ludovic M. Inchbold", "said", D, "My family grew potatoes, and not very many of them"),
 ("Damaris Kenchington", "said", R, "the cast would rehearse a new ending for the second act"),
 ("Damaris Kenchington", "said", D, "We are still building the house while the family lives in it"),
 ("Tennant Theater", "said", R, "the play would run through Oct. 28 and might then go"),
], "Theatre premiere with the playwright and the director. The play's title ('The Glass Orchard') opens the story and is not a statement; the audience 'called the author to the stage' is an act. 'Inchbold, who is 34 and ..., told reporters backstage that ...' -> Reported, cue 'told'. The director is a woman ('Miss' dropped: Damaris Kenchington): 'said X, and that the author \"...\"' -> Reported for the first clause and Direct for the quote (the second clause has only its subject outside the marks). 'She said ...' after a paragraph naming Inchbold and Miss Kenchington -> Kenchington by gender; 'she had read the first draft of the play on a bus and \"knew ...\"' -> Reported + Direct. 'orchard people' are scare quotes (not keyed). The actor 'who plays the grandfather ... said the part was \"...\"' -> Direct only (subject + copula). 'Asked whether the play was about his own family, Inchbold smiled' -> the question is not keyed; the quote that follows 'he said' -> Inchbold. 'The Tennant management said' -> the theater as first given ('Tennant Theater')."),

("cul09-carrowby-museum-portrait.txt", [], [
 ("Carrowby Museum of Art", "announced", R, "it had bought a portrait by the 17th century Dutch painter"),
 ("Quintus F. Maunsell", "said", D, "the finest Dutch portrait to come on the market in twenty years"),
 ("Quintus F. Maunsell", "said", D, "We have been watching for it since 1948, when the owner's"),
 ("Quintus F. Maunsell", "said", D, "His son was more practical. He had death taxes to pay"),
 ("Mrs. Denholm B. Rainsford", "wrote", R, "she wanted the money to buy"),
 ("Mrs. Denholm B. Rainsford", "wrote", D, "one great picture rather than many good ones"),
 ("Leocadia Mewburn", "said", R, "it had been cleaned only once, about 1890"),
 ("Leocadia Mewburn", "said", D, "remarkable condition for a panel of its age"),
 ("Carrowby Museum of Art", "said", R, "The board of trustees approved the purchase at a special meeting"),
 ("Leocadia Mewburn", "called", D, "a picture about patience, painted by a very patient man"),
 ("Carrowby Museum of Art", "according to", R, "It will be hung in the Rainsford Gallery on the second floor"),
], "Museum acquisition. 'The Carrowby Museum of Art announced yesterday it had bought ...' (no 'that') -> organisation, Reported, cue 'announced'; the painting's title ('The Lacemaker's Daughter') is not a statement. 'The museum would not say what it paid' is a refusal (not keyed); 'Dealers in New York have put the value ...' names no one (not keyed). Director 'Dr.' dropped: 'said the picture was \"...\"' -> Direct only; '\"...\", Dr. Maunsell said. \"...\"' -> two Direct (the second pair holds two sentences -> one statement). A will: 'Mrs. Rainsford wrote that she wanted the money to buy \"...\"' -> keyed to its author, the donor, named by her husband's name ('Mrs. Denholm B. Rainsford', first given so); the unquoted clause has its own verb and exactly six words -> Reported + Direct, cue 'wrote'. 'She said ...' after a paragraph naming Dr. Maunsell and Miss Leocadia Mewburn -> Mewburn by gender; Reported + Direct. 'The board of trustees approved ..., the museum said' -> the museum (content first), Reported. 'Miss Mewburn called it \"...\"' -> Direct, cue 'called'. '..., according to the museum' -> the museum, cue 'according to'."),

("cul10-dunmarket-teachers-raise.txt", [], [
 ("Araminta C. Tregunna", "said", D, "take the case to the voters"),
 ("Araminta C. Tregunna", "according to", R, "A beginning teacher in the county earns $3,900 a year"),
 ("Araminta C. Tregunna", "told", D, "The man who drives the children to school is paid more"),
 ("Egbert M. Dunkerton", "said", R, "it showed that teachers in the county had fallen $700 behind"),
 ("Egbert M. Dunkerton", "said", D, "We are not asking to be paid like doctors or lawyers"),
 ("Egbert M. Dunkerton", "said", D, "We are asking to be paid like bus drivers"),
 ("Egbert M. Dunkerton", "", D, "That is not much to ask of a county that has"),
 ("Thorold W. Loveridge", "told", D, "would look at the request with sympathy and with a pencil"),
 ("Dunmarket County Teachers Association", "said", R, "the raise would cost the county about $480,000 a year"),
], "Teachers' association meeting. The association's vote is an act (not keyed). Lead: 'its president said the teachers would \"take the case to the voters\" if the board refused' -> the president, named in the next paragraph (Miss Araminta C. Tregunna); subject and auxiliary outside the marks -> Direct only (the trailing 'if' clause not keyed separately). '..., according to the president, Miss Araminta C. Tregunna, who has taught ...' -> Reported, cue 'according to'. '\"...\", she told the 700 teachers' -> Direct, cue 'told'. 'He said it showed ...' after a paragraph naming Miss Tregunna and the treasurer Egbert M. Dunkerton -> Dunkerton by gender; Reported. '\"...\", he said. \"...\"' -> two Direct; the next paragraph is a quote with no attribution -> Dunkerton, cue ''. 'Saturday Club' is a name in quotes (not keyed); 'ruled the motion out of order' is an act. The superintendent ('Dr.' dropped) 'told reporters the board \"would look ...\"' -> subject only outside the marks -> Direct only, cue 'told'. 'The association said in a letter to the board ... that' -> the association as first given ('Dunmarket County Teachers Association'), Reported."),

("cul11-murgatroyd-obituary.txt", [], [
 ("Thurstan K. Rushbrooke", "said", D, "He was the last of the men who built this town"),
 ("Thurstan K. Rushbrooke", "said", D, "We will not see another like him"),
 ("Humphry H. Scarisbrick", "said", D, "never asked anybody to give a dollar he had not given first"),
 ("Humphry H. Scarisbrick", "said", R, "the hospital drive of 1928 raised $1.1 million in a city"),
 ("Humphry H. Scarisbrick", "said", D, "at a time when most people here thought $100,000 was a dream"),
 ("Japheth L. Strangeways", "said", D, "taught a Sunday school class of boys for 50 years"),
 ("Tullingford General Hospital", "said", R, "its flags would fly at half-staff until after the funeral"),
], "Obituary of a civic leader; the dead man (Manfred J. Murgatroyd, later 'Mr. Murgatroyd') is never quoted. The mayor is named only after his quote ('\"...\", said Mayor Thurstan K. Rushbrooke. \"...\"', 'Mayor' dropped) -> two Direct. 'Humphry H. Scarisbrick, who succeeded him ..., said Mr. Murgatroyd \"never asked ...\"' -> the speaker is Scarisbrick, not the man named; only the subject outside the marks -> Direct only. 'He said the hospital drive of 1928 raised ..., \"at a time ...\"' after a paragraph naming Scarisbrick and Mr. Murgatroyd -> Scarisbrick (the sentence subject and speaker before; the dead man is only talked about); Reported + Direct. 'Uncle Manny' is a nickname (not keyed). 'The Rev. Dr.' dropped: Japheth L. Strangeways, 'said Mr. Murgatroyd had \"taught ...\"' -> subject and auxiliary outside the marks -> Direct only. 'Tullingford General Hospital, which he helped found, said in a statement that ...' -> organisation, Reported."),

("cul12-menderby-quarterback.txt", [], [
 ("Torben J. Ruskendahl", "said", D, "Those five fellows in front of me did it all"),
 ("Morley R. Macquarrie", "said", D, "He handed off, all right, every time we told him to"),
 ("Morley R. Macquarrie", "said", D, "Then he ran 43 yards on the one play we didn't call"),
 ("Morley R. Macquarrie", "said", R, "he had thought about taking Ruskendahl out of the game"),
 ("Morley R. Macquarrie", "said", R, "he was glad now that he had not"),
 ("Torben J. Ruskendahl", "said", D, "I'd have taken me out after the second one"),
 ("Torben J. Ruskendahl", "said", D, "Coach has more patience than my father"),
 ("Kenrick Pohlmeier", "told", D, "talked a lot in the first quarter and not at all"),
 ("Morley R. Macquarrie", "said", D, "It is the best team I have had at the end"),
 ("Morley R. Macquarrie", "said", D, "These boys got better every Saturday. You cannot coach that"),
 ("Menderby State athletic department", "said", R, "the team had been invited to the Magnolia Bowl on Jan. 1"),
], "Sports feature, locker-room quotes. Lead paragraph: the quarterback, unnamed, 'talked only about his offensive line' (not a statement). He is named only after his quote ('\"...\", said Torben J. Ruskendahl, a 19-year-old junior ...'; one pair over two sentences -> one Direct). 'the Preacher' is a nickname (not keyed). 'Coach' dropped: Morley R. Macquarrie; 'the coach said' (role noun) between two pairs -> two Direct. 'Macquarrie said X ... He said Y' with Ruskendahl named in the first sentence -> both Macquarrie (the subject; Ruskendahl is only the object). '\"...\", Ruskendahl said. \"...\"' -> two Direct. 'The Menderby captain, tackle Kenrick Pohlmeier, who played ..., told reporters the Garvock linemen \"...\"' -> subject only outside the marks -> Direct only, cue 'told'. 'was asked whether this was his best team' (the question, not keyed). 'He said:' then a quote over two paragraphs -> two Direct, cue 'said'. 'The Menderby State athletic department said' -> organisation as first given."),
]
