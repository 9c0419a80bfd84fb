"""Hand-written key for devset5. Only the block 'start' strings are computed (first 40 chars of each block)
and the title (the first line). Headings are listed by 0-based block index: every headline line after the
first (later stories in the same sample) and every subhead.

Data only: `python3 tests/data/brown-form-tools/sets.py key devset5` writes ../devset5-key.json from it.
"""
D, R = "Direct", "Reported"
DOCS = [
("rpt01-quarrymoor-dam-hearing.txt", [], [
 ("Rufus F. Ambrecht", "saying", D, "has been studied longer than any project on this committee's"),
 ("Thaddeus R. Blaisdell", "said", R, "the dam would prevent flood damage averaging $2.8 million a"),
 ("Thaddeus R. Blaisdell", "said", D, "We have lost crops in that valley in six of"),
 ("Darrell Tuxhorn", "asked", R, "the farmers who would benefit had been asked to share"),
 ("Thaddeus R. Blaisdell", "replied", D, "They have not been asked, sir, and I do not"),
 ("Thaddeus R. Blaisdell", "replied", D, "That is a matter for the Congress to decide and"),
 ("Marvin Kettleby", "testified", R, "his 1,100 members were ready to pay"),
 ("Marvin Kettleby", "testified", D, "a fair share, but not the whole bill"),
 ("Marvin Kettleby", "said", D, "Our people have put up with high water since the"),
 ("Edwina Castellaw", "told", R, "the reservoir would cover 9,000 acres of the best bottom"),
 ("Edwina Castellaw", "said", D, "Everybody in Washington has been asked about this dam except"),
 ("Rufus F. Ambrecht", "said", R, "the subcommittee would hear witnesses from the Budget Bureau on"),
], "Congressional subcommittee hearing, dateline 'WASHINGTON (AP) --' joined to the first paragraph. 'Rep. Rufus F. Ambrecht (D-Neb.), the subcommittee chairman, opened the hearing by saying the dam \"has been studied ...\"' -> speaker without 'Rep.', the party label and the role phrase; the unquoted words are only the subject ('the dam'), so Direct only (devset3 rule), cue 'saying' (the verb as printed). 'The first witness, Brig. Gen. Thaddeus R. Blaisdell ..., said ...' Reported. '\"...\", said Blaisdell, who has commanded ...' -> inverted attribution with a relative clause, Direct. 'Rep. Darrell Tuxhorn (R-Kan.) asked whether ...' -> a named questioner's indirect question, keyed Reported, cue 'asked' (as devset3 and devset4 did). '\"...\", the witness replied. \"...\"' -> role reference = Blaisdell, the witness being questioned; two pairs = two Direct, cue 'replied'. 'Marvin Kettleby ... testified that his 1,100 members were ready to pay \"a fair share, but not the whole bill\"' -> Reported (unquoted clause with its own verb) + Direct, both 'testified'; the paragraph ends 'He said:' and the next paragraph is the quote -> Kettleby, Direct, cue 'said' (one pair over two sentences = one statement). 'Miss Edwina Castellaw' -> Edwina Castellaw; 'She told the subcommittee the reservoir would cover ...' -> Reported without 'that' (the content runs on to 'and the town of Quellin Crossing with it'); '\"...\", she said.' -> she = Castellaw (the only woman). Last paragraph: 'Ambrecht said X and hoped to send ...' -> Ambrecht by surname, long after his introduction; one Reported (the second verb 'hoped' belongs to the same reported clause)."),

("rpt02-tannehill-manhunt.txt", [], [
 ("Royce L. Tannehill", "said", R, "he believed the convict was still within ten miles of"),
 ("Royce L. Tannehill", "said", D, "because he hasn't got a car and he hasn't got"),
 ("Royce L. Tannehill", "said", D, "He knows those bottoms like his own back yard"),
 ("Royce L. Tannehill", "said", D, "He was raised on a shanty boat down there, and"),
 ("Wilbur Dahlgaard", "told", R, "Kinnamon asked permission to get a drink at a spring"),
 ("Wilbur Dahlgaard", "saying", D, "I turned my back for maybe a minute, and that"),
 ("State Department of Corrections", "said", R, "Kinnamon had been a trusty for eight months and had"),
 ("Sigurd Ekdahl", "according to", R, "Roadblocks were set up on every road out of the"),
 ("Mrs. Luther Kinnamon", "said", R, "she had not seen her son in three years"),
 ("Mrs. Luther Kinnamon", "said", D, "If he comes here I will tell him to give"),
 ("Royce L. Tannehill", "said", R, "the search would go on through the night with lanterns"),
], "Manhunt, county sheriff, dateline 'Pettisburg, Mo. --'. 'Sheriff Royce L. Tannehill of Wexcombe County said he believed ..., \"because he hasn't got a car ...\"' -> Reported + Direct (the quote is a causal clause tacked onto the reported one). Not keyed: the nickname \"the Muskrat\" (and the inmates are unnamed). '\"...\", the sheriff said. \"...\"' -> role reference = Tannehill, two pairs = two Direct. 'The guard ..., Wilbur Dahlgaard, told investigators Kinnamon asked ...' -> Reported without 'that'. 'Dahlgaard was quoted as saying, \"...\"' -> Direct; cue 'saying' (the verb that takes the quote; 'quoted' is the passive frame; no earlier devset has this form). 'The State Department of Corrections said in a statement that ...' -> organisation as first given, Reported. '..., according to Capt. Sigurd Ekdahl of the State Highway Patrol.' -> attribution after the content, cue 'according to', speaker without 'Capt.'. 'The convict's mother, Mrs. Luther Kinnamon, who lives ..., said ...' -> named by her husband's name, keeps 'Mrs.'; Reported; '\"...\", she said.' -> her, Direct (the quote's 'the sheriff' is not a speaker). Last paragraph: 'Tannehill said X and that Y' -> one Reported; Tannehill by surname after being introduced in the second paragraph. Delbert Kinnamon (the convict) says nothing."),

("rpt03-quenby-terrace-kennel.txt", [], [
 ("Rollin J. Stilwagon", "told", R, "the barking from the kennel behind his neighbor's garage keeps"),
 ("Rollin J. Stilwagon", "told", D, "from the time the milk truck comes until the sun"),
 ("Otmar Brisbee", "said", R, "he had kept dogs on the lot since 1948, four"),
 ("Otmar Brisbee", "said", D, "He knew the dogs were there when he bought the"),
 ("Otmar Brisbee", "said", D, "He used to come over the fence and pet them"),
 ("Rollin J. Stilwagon", "replied", R, "he had bought the house in February"),
 ("Rollin J. Stilwagon", "replied", D, "when a man can't hear anything but the furnace"),
 ("Otmar Brisbee", "said", R, "the beagles had never been kept indoors"),
 ("Otmar Brisbee", "said", D, "I have never kept a dog in a basement in"),
 ("Otmar Brisbee", "said", R, "the kennel had been inspected twice by the county health"),
 ("Rollin J. Stilwagon", "said", R, "he had no complaint about cleanliness"),
 ("Rollin J. Stilwagon", "said", D, "It is the noise, and nothing but the noise"),
 ("Rollin J. Stilwagon", "said", D, "I am 67 years old and I would like to"),
 ("Board of Zoning Appeals", "said", R, "the kennel could stay, as a use in existence before"),
 ("Mrs. Chauncey Ingersby", "said", R, "the members would visit both properties before they voted"),
 ("Otmar Brisbee", "told", R, "he now keeps 14 dogs in the kennel"),
 ("Otmar Brisbee", "said", R, "two of the puppies were sold last week and would"),
], "Zoning board, two neighbours (both men) alternating; metro desk, no dateline. 'Rollin J. Stilwagon, 67, ..., told the board the barking ... keeps him awake \"from the time ...\"' -> Reported without 'that' + Direct, both 'told'. 'His neighbor, Otmar Brisbee, who raises beagles ..., said ...' Reported; '\"He knew ...\", Brisbee said. \"He used to come ...\"' -> two Direct (the 'He' inside is Stilwagon). 'Stilwagon replied that he had bought the house in February, \"when a man can't hear ...\"' -> Reported + Direct, cue 'replied'. 'Brisbee said ... \"...\", he said. He said ...' -> three statements of Brisbee (the pronouns follow the subject of the paragraph, not Stilwagon, who spoke last). 'Stilwagon said ... \"...\", he said. \"...\"' -> Stilwagon again: one Reported, two Direct. Not keyed: the scare-quoted \"dog hotel\" (and 'Some of them', unnamed neighbours). 'The board said in a ruling last spring that ...' -> organisation, as first given ('the Board of Zoning Appeals'), Reported; the content runs to '12 dogs there' (the snippet is its start). 'The board's chairman, Mrs. Chauncey Ingersby, said ...' -> husband's name, keeps 'Mrs.', Reported. Last paragraph: 'Brisbee told reporters he now keeps 14 dogs ..., but said two of the puppies were sold ...' -> two verbs, two Reported ('told' and 'said'). The board's putting off its decision is an act."),

("rpt04-pilots-eighth-loss.txt", [11], [
 ("Augie Velloway", "said", D, "I told them what I thought of them, and that's"),
 ("Augie Velloway", "said", R, "he would not fine anybody on the club"),
 ("Augie Velloway", "said", D, "because you can't fine a man for not hitting"),
 ("Jim Farraday", "said", D, "I had nothing on the ball from the first pitch"),
 ("Jim Farraday", "said", D, "Nothing. I was throwing batting practice up there"),
 ("Nestor Quintal", "said", D, "took a bad hop off the lip of the grass"),
 ("Nestor Quintal", "said", D, "I should have had it anyway, bad hop or not"),
 ("Augie Velloway", "grumbled", D, "A big-league shortstop catches that ball"),
 ("Augie Velloway", "grumbled", D, "He catches it in his sleep"),
 ("Ollie Brandvold", "said", R, "the hitters were swinging at bad pitches"),
 ("Ollie Brandvold", "said", D, "because every one of them is trying to win the"),
 ("Ollie Brandvold", "", D, "When they start hitting, this club is going to surprise"),
 ("Augie Velloway", "said", R, "Farraday would take his regular turn Sunday against Dunmoor, and"),
], "Baseball clubhouse after a loss (manager, two players, a coach), dateline 'Cressmont, Ohio (AP) --'. 'manager Augie Velloway' -> role phrase dropped. '\"...\", Velloway said.' Direct; 'He said he would not fine anybody on the club \"because ...\"' -> Reported + Direct. 'Starting pitcher Jim (Sarge) Farraday' -> Jim Farraday (nickname in parentheses dropped); '\"...\", he said. \"...\"' -> two Direct for Farraday. 'Shortstop Nestor Quintal ... said the ball \"took a bad hop ...\"' -> only the subject unquoted: Direct only (devset3 rule). The next paragraph '\"I should have had it anyway ...\", he said.' -> he = Quintal (three men in play; the last named). '\"...\", the manager grumbled. \"...\"' -> role reference = Velloway, cue 'grumbled', two Direct. 'Coach Ollie Brandvold ... said the hitters were swinging at bad pitches \"because ...\"' -> Reported + Direct. The next paragraph is a quote paragraph with no attribution -> Brandvold (the last speaker), cue '' (one pair over two sentences = one statement). 'Velloway said X, and that Y' -> one Reported. 'Rangers sweep two' is a second headline (Heading); that story has no statement; not keyed: the song title \"Take Me Out to the Ball Game\". Lonzo Pickard says nothing."),

("rpt05-tamarind-lad-handicap.txt", [8], [
 ("Raul Echavarria", "said", R, "he had been told to keep the colt out of"),
 ("Raul Echavarria", "said", D, "let him make one run, and only one, at the"),
 ("Raul Echavarria", "said", D, "He was full of run when we turned for home"),
 ("Raul Echavarria", "said", D, "I never had to touch him with the stick"),
 ("Lafe Tremont", "said", R, "the colt might have bled from the nose in the"),
 ("Lafe Tremont", "said", D, "He was choking at the eighth pole"),
 ("Lafe Tremont", "said", D, "and we'll have the vet look at him tonight"),
 ("Mrs. Prentice Halloway", "said", R, "she bought the colt as a yearling for $4,200"),
 ("Mrs. Prentice Halloway", "said", D, "because I liked the way he walked into the sales"),
 ("Cletus Vantongeren", "according to", R, "The victory was worth $32,650 to the winner"),
 ("Kermit Ridderhof", "said", D, "I felt good after the first quarter and just kept"),
 ("Barney Lusk", "said", D, "has not run his best race yet, and he knows"),
], "Horse race plus a track brief. Dateline 'Fenmore, Md. (AP) --'. 'Jockey Raul Echavarria said he had been told to keep the colt out of trouble early and \"let him make one run ...\"' -> Reported + Direct (the quote is the second half of the reported clause). '\"...\", said Echavarria, who was riding ... \"...\"' -> inverted attribution with a relative clause, two pairs = two Direct. 'His trainer, Lafe Tremont, said ...' Reported; '\"...\", Tremont said, \"...\"' -> an attribution splitting one sentence: two pairs = two Direct. 'Mrs. Halloway' was first given as 'Mrs. Prentice Halloway' (husband's name, keeps 'Mrs.'); 'said she bought the colt ... \"because I liked ...\"' -> Reported + Direct. '..., according to the track's racing secretary, Cletus Vantongeren.' -> 'according to', Reported. Horses (Tamarind Lad, Baron Caddock) are not speakers. 'Ridderhof runs 4:03.6 mile' is a second headline (Heading) with its own dateline 'Garnock, Iowa --'. '\"...\", Ridderhof said.' Direct. 'His coach, Barney Lusk, said the sophomore \"has not run his best race yet, ...\"' -> only the subject unquoted: Direct only (devset3 rule)."),

("rpt06-tamworth-commencement.txt", [], [
 ("Leopold Arnsberger", "told", R, "their generation of Americans would be judged"),
 ("Leopold Arnsberger", "told", D, "not by what it owns but by what it is"),
 ("Leopold Arnsberger", "said", D, "You have been given more than any class in the"),
 ("Leopold Arnsberger", "said", D, "I do not say that you should give these things"),
 ("Leopold Arnsberger", "said", D, "in danger of becoming a nation of spectators, cheering or"),
 ("Myron T. Sealworth", "told", R, "Tamworth would begin work on a new library in the"),
 ("Merle P. Dunnigan", "according to", R, "The class was the largest in the college's 118-year history"),
 ("Harriet Quennell", "said", D, "We have been told all week that the world is"),
 ("Harriet Quennell", "said", D, "I hope it will be patient with us"),
 ("Leopold Arnsberger", "told", R, "he had written the address on the train from New"),
 ("Leopold Arnsberger", "said", D, "I always write them on trains"),
 ("Leopold Arnsberger", "said", D, "There is nothing else to do, and the conductor never"),
], "University commencement, dateline 'Graylock, Vt. --'. 'Dr. Leopold Arnsberger, the physicist, told 412 graduates ... that their generation of Americans would be judged \"not by what it owns ...\"' -> Reported (unquoted clause with its own verb) + Direct, both 'told'. Not keyed: the address title \"The Uses of Hardship\"; the honorary degree is an act. 'In his address he said:' is its own short paragraph; the two following paragraphs are one quote continued (opened on each, closed on the last) -> two Direct, cue 'said'. 'He said the country was \"in danger ...\"' -> subject and copula unquoted: Direct only (devset3 rule). 'The college president, Dr. Myron T. Sealworth, conferred the degrees (act). He told ... that X, and that Y' -> one Reported. '..., according to the registrar, Merle P. Dunnigan.' -> 'according to', Reported. 'Miss Harriet Quennell' -> Harriet Quennell; '\"...\", Miss Quennell said. \"...\"' -> two Direct. 'Arnsberger, who taught physics ..., told reporters after the ceremony he had written ...' -> surname only after he was introduced at the top, Reported without 'that'; '\"...\", he said. \"...\"' -> he = Arnsberger, two Direct ('I always write them on trains' is exactly six words). Not keyed: the song title \"Gaudeamus Igitur\"."),
]
from build_key_part2 import DOCS as DOCS2
DOCS = DOCS + DOCS2
