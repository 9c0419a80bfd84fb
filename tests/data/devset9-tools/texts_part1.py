# Hand-written article texts for devset9, part 1 (fea01-fea06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line.
# Style of the converted Brown category A texts: punctuation the paper printed
# inside a closing quote comes AFTER it ("...", he said.), datelines joined to
# the paragraph, several short stories per file, sentence-case headlines.
T = {}

T["fea01-quillfeather-valve-expansion.txt"] = '''
Valve firm to add 300 jobs

Ambersley, Pa. (AP) -- The Quillfeather Valve Co. will build a $4 million addition to its plant here and hire 300 more men by next fall, its president, Gaspard R. Winterbourne, announced today.

"We have more orders on the books than at any time since Korea", Winterbourne said. "The oil companies are drilling again, and every well needs our valves".

He said the new wing would be finished by June and would make high-pressure fittings for pipelines in Texas and Oklahoma.

The company, which employs 1,150 persons, was hit hard by the 1958 recession. Winterbourne, who became president in 1959 after 22 years in the sales department, told stockholders last spring that the company "has turned the corner, and it will not turn back".

Wenceslas Dolezal, president of Local 418, United Valve Workers, said the union welcomed the news but would insist that the new jobs go first to the 140 men still on the layoff list.

"Those men waited three years for their call", Dolezal said. "They are not going to wait behind strangers".

The union contract expires March 31. Dolezal would not say whether the union would ask for a wage increase.

Lancelot V. Ashcombe, who follows machinery stocks for Tuttlebee & Co. in Philadelphia, called the expansion "a sound bet on the pipeline business for a decade". He said Quillfeather earnings could reach $2.40 a share next year, against $1.65 in 1960.

Quillfeather stock closed at 31 1/4 on the American Stock Exchange, up 1 3/8.

Dairy names sales chief

Tressider Dairies Inc. has named Leofric F. Pemberthy vice president in charge of sales. Pemberthy, 44, joined the firm as a route driver in 1938 and has been sales manager since 1957.
'''

T["fea02-markets-steel-hogs.txt"] = '''
Stocks drift lower in light trading

NEW YORK (AP) -- The stock market drifted lower today in the lightest trading in three weeks. Volume was 2,870,000 shares, against 3,410,000 Tuesday.

The Associated Press average of 60 stocks fell 60 cents to $238.40. Of 1,184 issues traded, 571 declined and 402 advanced.

Brokers said the market was waiting for the steel production figures due Friday.

"Nobody wants to buy ahead of the steel report, and nobody wants to sell either", said Barzillai P. Garroway, a partner in Wigglesworth, Garroway & Co. "It was a day for reading the newspapers".

Electronics shares, the leaders of the spring rally, were mixed. Hildebrand M. Ostermeyer of Brindle & Quaintance said the electronics issues had "run too far and too fast on too little". He predicted a further "shaking out" before summer.

Rails were steady. Motors eased, with General Motors off 1/4 at 44 3/4.

Hogs hold at $17.25

Gossamer Falls, Iowa (AP) -- Hog prices held steady at $17.25 a hundredweight at the Gossamer Falls stockyards today on a run of 6,400 head, about 900 fewer than a week ago.

"The farmers are holding back for the July market, and who can blame them"? Asked Amasa T. Brackenbury, a commission buyer who has worked the yards since 1922. "The packers are taking every hog that comes through the gate".

Cattle were 25 cents lower. Sheep were unchanged.

The Agriculture Department reported in Washington that prices received by farmers in mid-May averaged 2 per cent above a year ago, chiefly because of higher prices for hogs, eggs and milk.

Brackenbury said he expected hogs to reach $18 by the Fourth of July if the corn crop came along as well as it had started.
'''

T["fea03-ketteridge-polio-virus.txt"] = '''
Scientist grows virus in new way

"Give us ten years, and we may not need the iron lung at all".

The man who said that yesterday has spent 14 years in a basement laboratory under the old chemistry building at Calverton University, and he does not make promises lightly.

He is Dr. Ormond V. Ketteridge, 51, professor of microbiology at the university's school of medicine.

Ketteridge told a news conference that his team had grown the virus of infantile paralysis in a broth made from the kidney cells of calves, without the monkeys that the laboratories have had to use until now.

"A monkey costs us $40, and a calf kidney costs us nothing", he said. "That is the whole story in one sentence".

He said the method could cut the cost of vaccine by a third and would be offered free to any drug company that asked for it.

Dr. Henrietta Brimsley, who directed the animal tests, said the vaccine made by the new method had protected 212 of 214 laboratory rats.

"Rats are not children, and calves are not people", she cautioned. "We have a long road ahead of us before anyone rolls up a sleeve".

The university, in a statement issued with the report, said the work had been paid for by a grant of $180,000 from the Hesselgrave Foundation of Baltimore.

Ketteridge's first paper on the method, in 1957, was turned down by two journals. "They said a calf is not a monkey, and they were right, but not the way they meant", he said.

Asked when the first children might receive the new vaccine, Ketteridge said, "Not this year and probably not next year, if we do the job right".

The report will appear in the July number of a medical journal under the title "Cultivation of Poliovirus in Bovine Renal Tissue".
'''

T["fea04-merriwether-obituary.txt"] = '''
Judge Merriwether dies at 78

Alphonse Q. Merriwether, who sat on the Ruddington County Circuit bench for 26 years and once jailed a mayor for contempt, died last night at St. Brigid's Hospital. He was 78.

His son, Ambrosius Merriwether, said his father had been ill since March with a heart ailment and had entered the hospital on Sunday.

Judge Merriwether was born in Pettigrew Station in 1883, the son of a blacksmith, and read law in the office of an uncle. He was elected to the bench in 1924 and retired in 1950.

Ichabod T. Olcott, who practiced before him for a quarter of a century and later became his law partner, said the judge "never once let a lawyer finish a speech that was going nowhere".

"He would lean over the bench and say, Counselor, I believe we have arrived", Olcott said. "And we had, nine times out of ten".

Judge Cornelia Quenneville of the Domestic Relations Court, who clerked for him in 1938, called him "the most patient impatient man I ever knew". She recalled that he read every brief twice, once at the courthouse and once at his kitchen table.

The contempt case, in 1931, made the newspapers across the state. Mayor Fortunatus Venables of Ruddington had refused to produce the city payroll books. Judge Merriwether gave him 48 hours and then sent him to the county jail for three days.

"I would do it again tomorrow", the judge told a reporter on the day he retired. "A mayor is a citizen with a bigger office".

Besides his son, he leaves his widow, the former Romilda Langstroth, two daughters and seven grandchildren.

Services will be held at 2 p.m. Thursday at Ruddington Presbyterian Church.
'''

T["fea05-fennimore-sixty-years.txt"] = '''
Sixty years, and still arguing about the stove

Quorndon Mills, Vt. -- Mr. and Mrs. Zenas Fennimore will be married 60 years on Saturday, and they have not yet agreed on how to bank a coal fire.

"He puts the ashes on top. I put them underneath. We have been at it since McKinley", Mrs. Fennimore said yesterday in the kitchen of the farmhouse where they have lived since 1901.

Fennimore, 84, who still milks six cows by hand, said only that his wife "has been wrong about the stove for sixty years, and right about everything else".

Mrs. Fennimore's sister, Miss Lavinia Drummond, 87, has lived with them since 1934. She said she had been the maid of honor at the wedding and had worn a blue dress because the white one was not finished.

"Mother sewed all night and still did not finish it", she said. "I was married to nobody, so I did not mind".

Mrs. Fennimore looked at her sister and shook her head. She said the dress had been finished, and Lavinia had simply liked the blue one better.

The couple have four children, 11 grandchildren and three great-grandchildren. A dinner will be held for them Saturday at the Grange hall.

Store closes after 52 years

Quorndon Mills, Vt. -- Eliezer Tuckahoe will lock the door of his hardware store on Main Street for the last time tonight.

"I sold nails by the pound to men whose grandsons now buy them by the box", he said. "The box is not any kind of improvement".

Tuckahoe, 79, said he had sold the building to a bank. He said he would spend the summer fishing and the winter "telling lies about the fishing to anybody who will sit still".
'''

T["fea06-thistlewood-honor-system.txt"] = '''
College tries honor system

Thistlewood, Ind. -- Students at Thistlewood College will take their final examinations this June without proctors in the room, under an honor system voted by the faculty last week.

Dean Mortimer J. Eberhart of the college of arts announced the plan at a student assembly yesterday. He said the plan had been approved by the faculty 41 to 9, over the objections of Dean Peregrine F. Ruddle of the law school, whose students will keep the old proctor system.

"We are not asking the students to spy on each other. We are asking them to be honest", the dean said.

Each student will sign a pledge on the cover of every examination book. The pledge reads: "I have neither given nor received help on this examination".

Ruddle said in a telephone interview that law students "are under enough pressure without being asked to police one another". He said the law school would watch the experiment and might adopt it in two or three years.

The students appeared to be of two minds.

"I think it is about time they treated us like grown people", said Philippa Whitacre, a junior from Kokomo. "Most of us would not cheat anyway".

A senior in engineering, Kenelm K. Haverstraw, said he liked the idea but doubted it would survive the first semester.

"All it takes is one man with a crib sheet up his sleeve, and then everybody is a suspect again"? Asked Haverstraw.

Eberhart said the student council would hear any charge of cheating and that a student found guilty would be dropped from the course.

Asked whether he expected trouble, the dean smiled. "I expect the usual amount of human nature", he said.
'''
