# Hand-written article texts for devset12, part 2 (cul07-cul12). Each text is one
# triple-quoted string; paragraphs are separated by one blank line.
T = {}

T["cul07-lanthorn-ball-wedding.txt"] = '''
Lanthorn Ball raises $42,000 for hospital

More than 900 guests danced until 2 a.m. Saturday at the 31st annual Lanthorn Ball in the ballroom of the Hotel Garrowby, for the benefit of the Ravensmere Children's Hospital.

Mrs. Crispian P. Dunwoodie, general chairman of the ball, said the evening had raised about $42,000, the most in its history.

"Every dollar of it will go into the new wing for crippled children, and not one dollar of it into the flowers", said Mrs. Dunwoodie, who wore a gown of ice-blue satin. "The flowers were given by our friends in the nurseries".

Twenty-two young women were presented at midnight by their fathers. The decorations, in silver and white, were planned by Mrs. Diggory W. Orpen and her committee.

Dr. Fabian P. Verrall, director of the hospital, thanked Mrs. Dunwoodie and her committee from the bandstand. He said the new wing would open in the fall of 1962 with 60 beds and a school room for children who must stay for months.

Music was by Kester Oldcastle and his orchestra, who played "The Lanthorn Waltz", written for the first ball in 1930, at midnight and again at closing.

Miss Pendarves wed to Lt. Wickstead

Miss Jessamy J. Pendarves, daughter of Mr. and Mrs. Gawain L. Pendarves of Medlar Lane, was married Saturday afternoon to Lt. (j.g.) Inigo D. Wickstead, USN, in the chapel of the First Congregational Church. The Rev. Josias Wimberleigh performed the ceremony.

The bride wore her grandmother's veil of rose-point lace, which, her mother said, had been worn at four family weddings since 1884.

The bridegroom, whose Annapolis classmates call him "Shorty", is six feet five inches tall. His brother, Hamnet C. Wickstead, was best man.

Mrs. Pendarves said after the reception that the couple would live in Norfolk, Va., where Lt. Wickstead is stationed aboard a destroyer, and would take their wedding trip "when the Navy says so and not before".
'''

T["cul08-glass-orchard-premiere.txt"] = '''
Inchbold play has premiere at the Tennant

"The Glass Orchard", the first play by the Westerhaze novelist Ludovic M. Inchbold, had its premiere last night at the Tennant Theater, and the audience called the author to the stage three times.

Inchbold, who is 34 and wrote the play in a rented room over a feed store, told reporters backstage that he had rewritten the last act eleven times.

"The twelfth time I gave up and let the actors have it", he said. "By then they knew the people better than I did".

The director, Miss Damaris Kenchington, said she had cut 20 minutes from the play during three weeks of tryouts in Tregarron, and that the author "fought for every line and lost most of them gracefully".

Inchbold and Miss Kenchington met at a summer theater in 1958, when he was writing program notes and she was painting scenery. She said she had read the first draft of the play on a bus and "knew by the second act that somebody had to put it on".

The play concerns three generations of a family of "orchard people" in the apple country north of Westerhaze, and the quarrel that follows the death of the grandfather. Its title comes from a line in the grandmother's Bible.

Jolyon Fane Dromgoole, who plays the grandfather in the first act and his ghost in the third, said the part was "the longest death scene I have ever played, and the only one that happens offstage".

Asked whether the play was about his own family, Inchbold smiled. "My family grew potatoes, and not very many of them", he said.

Miss Kenchington said the cast would rehearse a new ending for the second act this week. "We are still building the house while the family lives in it", she said.

The Tennant management said the play would run through Oct. 28 and might then go to New York if a theater could be found.
'''

T["cul09-carrowby-museum-portrait.txt"] = '''
Carrowby Museum buys Dutch portrait

The Carrowby Museum of Art announced yesterday it had bought a portrait by the 17th century Dutch painter Adriaen Kloosterboer, "The Lacemaker's Daughter", from a private collection in London.

The museum would not say what it paid. Dealers in New York have put the value of the picture at more than $200,000.

Dr. Quintus F. Maunsell, the museum's director, said the picture was "the finest Dutch portrait to come on the market in twenty years".

"We have been watching for it since 1948, when the owner's father told us he would never sell", Dr. Maunsell said. "His son was more practical. He had death taxes to pay".

The purchase was made with the bequest of Mrs. Denholm B. Rainsford, widow of the founder of the Rainsford Mills, who died in 1959. In her will, which the museum made public yesterday, Mrs. Rainsford wrote that she wanted the money to buy "one great picture rather than many good ones".

Dr. Maunsell and the museum's curator of paintings, Miss Leocadia Mewburn, flew to London in March to see the portrait. She said it had been cleaned only once, about 1890, and was in "remarkable condition for a panel of its age".

The board of trustees approved the purchase at a special meeting April 20, the museum said.

The portrait shows a girl of about 12 in a white cap, holding a bobbin. Miss Mewburn called it "a picture about patience, painted by a very patient man".

It will be hung in the Rainsford Gallery on the second floor beginning Sunday, according to the museum. The gallery will be open until 10 p.m. Sunday for members.
'''

T["cul10-dunmarket-teachers-raise.txt"] = '''
County teachers ask $600 raise

The Dunmarket County Teachers Association voted last night to ask the county school board for a raise of $600 a year for every teacher, and its president said the teachers would "take the case to the voters" if the board refused.

A beginning teacher in the county earns $3,900 a year, according to the president, Miss Araminta C. Tregunna, who has taught English at Umfreville Junior High School for 19 years.

"The man who drives the children to school is paid more than the woman who teaches them when they get there", she told the 700 teachers at the meeting in the Poldrennick High School auditorium.

Miss Tregunna and the association's treasurer, Egbert M. Dunkerton, prepared the salary report the meeting adopted. He said it showed that teachers in the county had fallen $700 behind those of the three neighboring counties since 1956.

"We are not asking to be paid like doctors or lawyers", he said. "We are asking to be paid like bus drivers".

"That is not much to ask of a county that has just built a $900,000 annex to its courthouse".

Some of the younger teachers, who call themselves the "Saturday Club", wanted the association to vote on a one-day walkout. Miss Tregunna ruled the motion out of order.

The county superintendent, Dr. Thorold W. Loveridge, attended the meeting but did not speak. Reached at his home later, he told reporters the board "would look at the request with sympathy and with a pencil".

The association said in a letter to the board, which Miss Tregunna will deliver Monday, that the raise would cost the county about $480,000 a year.
'''

T["cul11-murgatroyd-obituary.txt"] = '''
Manfred J. Murgatroyd, civic leader, dies

Manfred J. Murgatroyd, who headed the Tullingford Chamber of Commerce for 16 years and led the drive that built the city's first public hospital, died yesterday at his home, 14 Haverlock Terrace. He was 77.

Mr. Murgatroyd had been ill since January. He retired in 1955 as president of the Murgatroyd Hardware Co., which his father founded in 1880.

"He was the last of the men who built this town with their own money and their own hands", said Mayor Thurstan K. Rushbrooke. "We will not see another like him".

Humphry H. Scarisbrick, who succeeded him as president of the Chamber in 1948, said Mr. Murgatroyd "never asked anybody to give a dollar he had not given first".

He said the hospital drive of 1928 raised $1.1 million in a city of 40,000, "at a time when most people here thought $100,000 was a dream".

To three generations of Tullingford newsboys, Mr. Murgatroyd was "Uncle Manny". He bought a paper from every boy he passed downtown, and at his death he had bought the same paper as many as six times a day.

The Rev. Dr. Japheth L. Strangeways, pastor of the First Presbyterian Church, said Mr. Murgatroyd had "taught a Sunday school class of boys for 50 years and never missed a Sunday he was in town". Dr. Strangeways will conduct the funeral Thursday at 2 p.m.

Tullingford General Hospital, which he helped found, said in a statement that its flags would fly at half-staff until after the funeral.

He is survived by his widow, the former Perpetua Crake; two sons, Manfred J. Murgatroyd Jr. of Tullingford and Dr. Kellam Murgatroyd of Hartsmere; and five grandchildren.
'''

T["cul12-menderby-quarterback.txt"] = '''
Quiet quarterback gives Menderby the title

In the steaming dressing room under the east stands, the quarterback who had just beaten Garvock College sat on a bench with his helmet in his lap and talked only about his offensive line.

"Those five fellows in front of me did it all. I handed the ball off and got out of the way", said Torben J. Ruskendahl, a 19-year-old junior from the farm town of Ebbsworth.

Ruskendahl, whom his teammates call "the Preacher" because he neither smokes nor swears, threw for two touchdowns and ran for a third as Menderby State won the Sandhill Conference title, 27 to 14, before 22,000.

Coach Morley R. Macquarrie stood in the door of his office with a towel over one shoulder. "He handed off, all right, every time we told him to", the coach said. "Then he ran 43 yards on the one play we didn't call".

Macquarrie said he had thought about taking Ruskendahl out of the game in the second quarter, when the quarterback fumbled twice inside his own 30. He said he was glad now that he had not.

"I'd have taken me out after the second one", Ruskendahl said. "Coach has more patience than my father".

The Menderby captain, tackle Kenrick Pohlmeier, who played the second half with a taped wrist, told reporters the Garvock linemen "talked a lot in the first quarter and not at all in the fourth".

Macquarrie, who came to Menderby from a high school job in 1957 and has not had a losing season, was asked whether this was his best team. He said:

"It is the best team I have had at the end of a season. At the start of this one I would not have bet a nickel on it.

"These boys got better every Saturday. You cannot coach that. You can only stay out of its way".

The Menderby State athletic department said the team had been invited to the Magnolia Bowl on Jan. 1 and would give its answer Monday.
'''
