"""Hand-written key for devset10, met01-met06 (imported by build_key.py).
Each entry: (fileName, [later headline lines], [(speaker, cue, kind, snippet)], notes)."""
D, R = "Direct", "Reported"
DOCS = [
("met01-wendlebury-council-budget.txt", ["Sewer bonds approved"], [
 ("Waldemar R. Brockelmeyer", "said", R, "the budget would hold the tax rate at $38.60 per $1,000"),
 ("Waldemar R. Brockelmeyer", "said", D, "We have not raised the rate, and we have not laid off"),
 ("Waldemar R. Brockelmeyer", "said", D, "I do not know what more the taxpayers can ask"),
 ("Mordecai L. Tattersfield", "said", R, "the finance committee had tucked $600,000 into"),
 ("Mordecai L. Tattersfield", "called", D, "a grab bag with a ribbon tied around it"),
 ("Jurgen J. Voskuijl", "said", R, "the city was still paying for 40 street-sweeper jobs"),
 ("Jurgen J. Voskuijl", "said", D, "Either fill them or drop them"),
 ("Jurgen J. Voskuijl", "said", D, "Don't carry them on the books to make a cushion"),
 ("Waldemar R. Brockelmeyer", "answered", R, "the vacancies would be filled by Jan. 1 and that"),
 ("Waldemar R. Brockelmeyer", "said", R, "the two men had voted for larger budgets in every year"),
], "City council budget vote, three councilmen, two headlines (the sewer-bond item has no statement). \"padding\" and \"penny-pinching\" in the lead are scare quotes with no speaker (not keyed). Tattersfield: 'said the finance committee had tucked $600,000 into \"contingency\" accounts that ...' -> one Reported (the snippet stops before the scare quote; \"contingency\" is a label, not a Direct statement); 'He called the budget \"...\"' -> Direct, cue 'called'. 'The councilman said' comes when two councilmen are in play (Tattersfield, just named as the man who 'left off', and Voskuijl, the sentence subject before): resolved to Voskuijl, the subject of the preceding sentence who 'took up the attack'; the following '\"...\", he said. \"...\"' is Voskuijl too (two Direct). 'Brockelmeyer answered that X and that Y' with one verb -> one Reported, cue 'answered'. 'the chairman rose a second time. He said the two men had ...' after 'Tattersfield and Voskuijl' are named in the same sentence: 'He' is the chairman (Brockelmeyer, 'chairman of the finance committee'), since 'the two men' are the other two. 'City Hall officials said' is unnamed (not keyed). The council's vote is an act (not keyed)."),

("met02-canterwick-teachers-raise.txt", ["Night school enrollment at record"], [
 ("Rosamund Gantenbein", "said", D, "take the case to the voters"),
 ("Hieronymus P. Hollowbread", "told", R, "the raise would cost $312,000 a year and would require"),
 ("Hieronymus P. Hollowbread", "said", D, "I would like to pay every teacher in this district more"),
 ("Hieronymus P. Hollowbread", "said", D, "But I cannot spend money the taxpayers have not voted"),
 ("Rosamund Gantenbein", "said", R, "the starting salary in Canterwick, $4,100, was the lowest"),
 ("Rosamund Gantenbein", "said", D, "We lose our best young people every June to the suburbs"),
 ("Rosamund Gantenbein", "said", D, "They come here, we train them, and then they leave us"),
 ("Rosamund Gantenbein", "according to", R, "of the district's 380 teachers resigned last spring"),
 ("Mrs. Jethro W. Oberholtzer", "said", D, "has been asking teachers to wait since 1957"),
 ("Canterwick Board of Education", "said", R, "it would take up salaries again when the state aid figures"),
 ("Rosamund Gantenbein", "said", R, "the association would question every candidate in the November board election"),
 ("Rodolphe Q. Ashpenaz", "reported", R, "Enrollment in the adult evening classes at Canterwick High School has reached"),
 ("Rodolphe Q. Ashpenaz", "said", R, "typing and bookkeeping were filled by the second night"),
], "School board and teachers' association, two headlines. Lead: 'the association's president said teachers would \"take the case to the voters\"' -> the president is named only three paragraphs later (Miss Rosamund Gantenbein, 'heads the association'): keyed to her; the unquoted words are subject and auxiliary only -> Direct only. 'told the board the raise would cost ...' (no 'that') -> Reported, cue 'told'. 'Dr. Hollowbread said' -> title dropped. The teachers' signs (\"Canterwick Teachers Are Taxpayers Too\") are not keyed. 'Forty-one of ... resigned last spring, according to Miss Gantenbein.' -> content first, Reported, cue 'according to'. Mrs. Jethro W. Oberholtzer is a woman named by her husband's name: 'Mrs.' kept; 'said the board \"has been asking ...\"' -> Direct only. 'The board said in a resolution that ...' -> the organisation as first given (Canterwick Board of Education). The board's votes are acts. Second story: content first, '..., the director, Rodolphe Q. Ashpenaz, reported' -> Reported, cue 'reported'; 'He said typing ...' Reported."),

("met03-tremellen-hospital-strike.txt", ["Nursing school graduates 48"], [
 ("Zbigniew J. Wodzinski", "said", D, "We are not asking for the moon"),
 ("Fitzroy D. Cheevers", "said", R, "patients were being cared for by nurses, interns and about 90 volunteers"),
 ("Fitzroy D. Cheevers", "said", D, "Not one patient has gone without a hot meal"),
 ("Fitzroy D. Cheevers", "said", R, "the hospital paid its kitchen help 85 cents an hour"),
 ("Fitzroy D. Cheevers", "said", D, "which is what every hospital in this county pays"),
 ("Hezekiah P. Wolstenholme", "said", D, "The sick must not be made the pawns of a wage dispute"),
 ("Hezekiah P. Wolstenholme", "said", D, "I call upon both sides to meet with the State Mediation Board"),
 ("Zbigniew J. Wodzinski", "said", R, "the union would sit down with the mediators"),
 ("Zbigniew J. Wodzinski", "said", D, "any hour of the day or night"),
 ("Fitzroy D. Cheevers", "said", R, "the hospital's trustees would decide this morning whether to attend"),
], "Hospital strike, two headlines (the nursing-school item has no statement). The lead is a bare quote paragraph (three sentences in one pair of marks -> one Direct); the speaker is named only in the next paragraph, 'So said Zbigniew J. Wodzinski, president of Local 1108, ...' -> keyed to him, cue 'said'. Pickets' signs (\"Tremellen Works Us Sick\") not keyed. Cheevers: 'said X, and that Y' one Reported; 'He said the hospital paid ..., \"which is what ...\"' -> Reported + Direct (the unquoted clause has its own verb). 'Hospital officials said' unnamed (not keyed). The mayor's statement 'read to reporters ... by his secretary, Miss Griselda Ravensworth' -> '\"...\", the statement said. \"...\"' keyed to the mayor (Hezekiah P. Wolstenholme), two Direct, cue 'said'; the secretary only reads it and is not a speaker. 'Wodzinski said the union would sit down with the mediators \"any hour ...\"' -> Reported + Direct. 'Cheevers said the hospital's trustees would decide ... whether to attend' -> a statement about the trustees' plans, keyed Reported (not a refusal)."),

("met04-kimbrell-street-traffic-death.txt", ["Two hurt on Route 9"], [
 ("Roderick O. Blauvelt", "said", R, "the boy had darted out from between two parked cars"),
 ("Roderick O. Blauvelt", "said", D, "That corner has had no crossing guard after 3 o'clock since September"),
 ("Roderick O. Blauvelt", "said", D, "We have asked for one twice, and twice we have been told"),
 ("Absalom V. Plimsoll", "told", R, "the truck had slowed for the corner and was going"),
 ("Absalom V. Plimsoll", "told", D, "no faster than anybody else goes on Mulvane"),
 ("Lothar K. Tunnicliffe", "said", R, "he never saw the boy until"),
 ("Lothar K. Tunnicliffe", "said", D, "he was right under my bumper"),
 ("Roderick O. Blauvelt", "said", R, "the death was the fourth of a child in city traffic"),
 ("Roderick O. Blauvelt", "said", R, "he would take the crossing-guard request to the safety director"),
], "Traffic death and a police captain, two headlines. 'Police said the driver ... was not held' and 'State troopers said' are unnamed (not keyed). 'Capt. Roderick O. Blauvelt, commander of the traffic division, said X and Y' (no 'that') -> one Reported. '\"...\", the captain said. \"...\"' -> role reference, two Direct. The witness 'told police the truck had slowed ... and was going \"no faster ...\"' -> Reported + Direct, cue 'told'. 'Tunnicliffe ... and Plimsoll gave their statements ... He said he never saw the boy until \"he was right under my bumper\"' -> 'He' after two men are named: resolved by content to the driver, Tunnicliffe ('my bumper'); Reported 'he never saw the boy until' (the unquoted words have their own verb) + Direct. The parents' petition heading (\"Guard Our Children at Mulvane Street\") is not keyed."),

("met05-birchmead-zoning-appeal.txt", ["Variance granted for church"], [
 ("Sebastian M. Gaithwaite", "told", R, "the corner had been zoned for business until 1954"),
 ("Sebastian M. Gaithwaite", "said", D, "My client is not trying to slip anything past anybody"),
 ("Sebastian M. Gaithwaite", "said", D, "The station will be landscaped, lighted and closed at 10 o'clock"),
 ("Mrs. Lindsay J. Bickerstaffe", "said", R, "she had raised four children on Bramwell Road"),
 ("Mrs. Lindsay J. Bickerstaffe", "said", D, "without once worrying about a tank truck"),
 ("Nathaniel Q. Ormsbee", "said", R, "the traffic count at the corner had doubled since the Birchmead"),
 ("Nathaniel Q. Ormsbee", "said", D, "a wreck a week, and some weeks two"),
 ("Sebastian M. Gaithwaite", "answered", R, "the oil company's own count showed fewer cars"),
 ("Sebastian M. Gaithwaite", "said", R, "Ormsbee had stood at the corner to make his count"),
 ("Sebastian M. Gaithwaite", "said", D, "on the Saturday before Christmas, of all days"),
 ("Walther E. Grubenhagen", "said", R, "the board would rule within 30 days"),
 ("Walther E. Grubenhagen", "said", D, "one of the most orderly we have had in this room"),
], "Zoning appeal, lawyer and residents, two headlines (the church variance has no statement). The lawyer speaks for himself ('attorney for the Scarbridge Oil Co.'); 'told the board X and Y' (no 'that') one Reported. Mrs. Lindsay J. Bickerstaffe keeps 'Mrs.' (husband's name); 'said she had raised ... \"without once ...\"' -> Reported + Direct. The petition's heading (\"Keep Birchmead Residential\") is not keyed. Ormsbee: 'said X and that a station would mean \"...\"' -> one Reported (snippet from the first clause) + one Direct. 'Gaithwaite answered that ...' Reported, cue 'answered'; 'He said Ormsbee had stood ... \"on the Saturday ...\"' -> 'He' is Gaithwaite (subject before; Ormsbee is the object of the clause); Reported + Direct. Grubenhagen: 'He said the hearing had been \"...\"' -> subject and auxiliary/copula only: Direct only. 'Several of the residents said afterward' unnamed (not keyed)."),

("met06-tamsworth-reservoir-shortage.txt", ["Signs go up in parks"], [
 ("Gustavus H. Eichelberger", "according to", R, "has fallen to 38 per cent of its capacity"),
 ("Gustavus H. Eichelberger", "told", D, "We have had 11 inches of rain since March"),
 ("Gustavus H. Eichelberger", "told", D, "we will have to start pumping from the Quaddick River"),
 ("Dietrich F. Dachsteiger", "said", R, "the board would hold an emergency meeting Friday night"),
 ("Gustavus H. Eichelberger", "said", D, "Sprinkling is a habit, not a need"),
 ("Gustavus H. Eichelberger", "said", D, "Give us two weeks of short showers and shut-off hoses"),
 ("Gustavus H. Eichelberger", "said", R, "the present supply would carry the towns through the middle of December"),
], "Water shortage and an engineer, two headlines. Lead: content first, '..., according to the city's water engineer, Gustavus H. Eichelberger' -> Reported, cue 'according to'. 'The level is the lowest since ...' is unattributed narrative (not keyed). 'Eichelberger asked residents to stop watering lawns ...' is a request (not keyed). 'He told the Board of Water Commissioners yesterday:' followed by a two-paragraph quote, opened on each paragraph and closed only on the last -> one Direct per paragraph, both cue 'told'. 'Officials at City Hall said' unnamed (not keyed). '\"...\", Eichelberger said in an interview later. \"...\"' two Direct. 'Asked how long ..., the engineer said ...' -> the reporter's question is not keyed; the answer is Reported, role reference 'the engineer'. The park signs (\"Save Water -- Every Drop Counts\") are not keyed."),
]
