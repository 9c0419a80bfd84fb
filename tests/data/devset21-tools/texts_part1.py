# Hand-written article texts for devset21, part 1 (wir01-wir06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. Foreign wire stories ("wir")
# of 1961, each under a dateline joined to its first paragraph: a foreign minister at a river
# conference, a government radio and news agency after a plot, an embassy's protest note, a rebel
# leader's interview through an interpreter, a U.N. complaint and its rebuttal, and a visiting
# prime minister's airport statement.
T = {}

T["wir01-velna-river-conference.txt"] = '''
Dravonia balks at river tolls plan

GENEVA (AP) -- Foreign Minister Dobroslav Teslicek of Dravonia told a nine-nation conference on the Velna River today that his government would never sign a tolls agreement "written in other people's capitals and sent to us for a signature".

The minister, a former professor of law at the University of Bratorad, spoke for 50 minutes at the opening session. He said Dravonia had carried 40 per cent of the river's freight since the war and had paid "more than its share" for dredging the channel.

"We are told that the tolls will be shared fairly", Teslicek said. "We have heard this before, in 1948 and again in 1954, and each time the sharing was done by somebody else".

He said the draft before the conference would charge Dravonian barges twice the rate paid by the barges of the down-river states. The draft was prepared last winter by a committee of experts on which Dravonia had one seat in seven.

The minister said his delegation would stay at the conference "as long as there is something left to talk about". But he warned that Dravonia would walk out if the draft came to a vote this week.

"We did not come to Geneva to be outvoted politely", he said.

Foreign Minister Bohumil Radakov of Polesna, whose country holds the chairmanship of the conference this year, answered that the experts had met 31 times and that the Dravonian member had attended only nine of the meetings.

"The chair of the Dravonian expert was empty more often than it was full", Radakov told the conference. "That is not our fault, and it is not the fault of the draft".

He said the rates in the draft rested on the tonnage each state had carried over ten years and on nothing else. Polesna, he said, would itself pay more under the new schedule than it pays now.

The delegate of Ravnica, Zlatko Lukavec, said his government was ready to accept the draft "with two or three small changes, none of them about money". He said the river had been closed by ice for 40 days last winter, and that the conference ought to take up "the ice first and the money afterward, because the ice costs more".

Teslicek did not reply from the floor. A spokesman for the Dravonian delegation told newsmen afterward that the tonnage figures were "ten years old and ten years wrong", and that the delegation would put its own figures before the conference tomorrow.

The printed text of Teslicek's speech, handed to newsmen before he spoke, went further than the speech itself. It said Dravonia "reserves the right to take whatever measures are needed on its own stretch of the river".

Asked whether that meant Dravonia might set up toll stations of its own, the spokesman said only that the text "speaks for itself".

Diplomats here said the threat was taken seriously because the river's deepest channel runs for 80 miles through Dravonian territory.

The United States, which has no frontage on the Velna, has sent an observer, Kenwyn Penwithick, counselor of the American mission here. Penwithick said he would report the day's debate to Washington "without adjectives".

Teslicek, whose delegation of 26 is the largest here, arrived in Geneva by train last night. He told newsmen at the station that he had come "with an open mind and a closed briefcase".

The conference, the first on the river since 1954, is expected to last two weeks. The conference secretariat said 140 delegates and experts had registered.
'''

T["wir02-montalba-radio-plot.txt"] = '''
Montalba radio says army plot crushed

SANTA BRIGIDA, Montalba (UPI) -- The government radio said tonight that troops loyal to President Abelardo Quintanar had put down a plot by "a handful of ambitious and foolish officers" to seize the capital, and that the leaders of the plot were under arrest.

Radio Montalba, the government station, said in a broadcast at 9 p.m. that 14 officers of the garrison at San Telmo had been arrested at dawn and that the rest of the garrison had "returned to its duty without a shot being fired".

The broadcast said the plot had been led by Lt. Col. Evaristo Mondragon, commander of the San Telmo tank battalion, who is known to his men as "El Manco" because he lost two fingers in a training accident.

The radio repeated the announcement every hour through the evening, between recordings of military marches. It said the capital was calm and that shops and cafes would open as usual tomorrow.

The official news agency, Agencia Centro, quoted the Minister of the Interior, Col. Teodulo Arriaga, as saying that the conspirators "had been paid in foreign money and had been promised help from abroad".

The agency did not say which country he meant. It said Arriaga had ordered the northern frontier closed to all traffic until further notice.

Later in the evening Arriaga was quoted as saying: "The army is loyal, the people are loyal, and the few who are not will answer to a court".

El Centinela, the newspaper of the governing National Renewal Party, said in an editorial that the plot had failed "because nobody outside one barracks wanted it". The editorial called on the government to "search the barracks and the foreign legations with the same care".

It said Montalba had known 11 changes of government by force since 1900 and "wants no twelfth".

The leader of the opposition Agrarian Union, Lisandro Varela, said by telephone from his farm near Los Alcornales that his party had "nothing to do with any colonels, in San Telmo or anywhere else".

"We have been asking for elections for four years, not for tanks", Varela said. "If the government wants to find its enemies, it can count the votes".

He said he had not been asked to come to the capital and did not intend to go.

The editor of the opposition weekly La Voz del Llano, Rosendo Quevedo, was among those questioned and later released, according to the agency. His newspaper did not appear today.

Travelers arriving at the border town of Las Tunillas said they had seen armored cars on the highway south of San Telmo in the afternoon. The frontier post was closed at 4 p.m.

President Quintanar spoke briefly on the radio shortly before midnight. He said the officers would be tried by a military court "in public, so that the whole country may hear what they intended". He thanked the army and the police.

The radio then broadcast a recorded statement by the chief of the general staff, Gen. Anselmo Barroeta, who said the army "has no politics but the constitution and no master but the law". Barroeta said the San Telmo battalion would be moved to the coast and "given time to remember what a uniform is for".

A spokesman for the presidency said 32 persons had been questioned since dawn and that 18 of them had been released.

Montalba, a coffee-growing republic of 2,300,000 people, last had an attempted revolt in 1957.
'''

T["wir03-dravonian-embassy-note.txt"] = '''
Embassy protests seizure of trawler

PORT ADOBRA, Kwendara (AP) -- The Dravonian Embassy here protested today against the seizure of a Dravonian fishing trawler and her crew of 22 by a Kwendaran patrol boat, and said the ship had been taken "on the high seas, like a prize of war".

The protest was made in a note delivered to the Kwendaran Foreign Ministry by the embassy's first secretary, Vlastimil Orsag. The note said the trawler, the Zora, had been fishing 16 miles off the coast, "well outside any waters Kwendara can lawfully claim".

It demanded the release of the ship and crew within 48 hours and "full compensation for the catch, the nets and the lost days".

Orsag, who delivered the note, said the deputy foreign minister had received him "politely, for eleven minutes, and with no promises at all".

The Dravonian ambassador, Stanislav Hroudek, told newsmen at the embassy that the note was the third his government had sent about fishing limits in a month. "We have been patient three times", he said. "I do not know how many more times we will be patient".

Hroudek said Dravonia had recognized Kwendara "in the first week of its independence, and gladly". He said the two countries had signed a trade agreement in April, and that fish had been the largest item in it.

Hroudek said the trawler's captain had radioed his owners at 6 a.m. that a gray gunboat was coming alongside and that he had been ordered to follow it into port.

"He said he was outside the limit and that he would stay outside it", the ambassador said. "That was the last his owners heard from him".

The Kwendaran Foreign Ministry answered in a statement tonight that the Zora had been found "four miles from our shore, with her nets in the water".

It said Kwendara had claimed 12 miles of territorial sea since independence and that the law had been published in three languages.

The Minister of Marine Resources, Kojo Amponsa-Dwira, said the captain had been fined twice before for fishing inside the limit. He said the crew were being held aboard the ship in the harbor and were "well fed, better than they are at home".

"Nobody from that ship is in prison", Amponsa-Dwira told a news conference. "The captain is in court, which is a different thing".

Asked whether the ship would be released, he replied that it was "a matter for the magistrate, and the magistrate sits on Tuesday".

The government newspaper, the Daily Harmattan, said in a front-page editorial: "No country that was a colony two years ago will be bullied by trawlers".

In Bratorad, the Dravonian news agency Dravtel said the trawler belonged to the state fishing enterprise at Ustrava and had carried "nothing but nets, salt and ice". It quoted the captain's wife as saying she had not heard from him since Monday.

Harbor officials said the Zora, a 400-ton trawler built in 1958, was moored under guard at the naval jetty. Her nets had been taken ashore, and two sailors of the Kwendaran navy stood at the foot of her gangway.

The embassy said later that it had asked to send its consul aboard the ship and had received no answer. According to the embassy, 31 Dravonian trawlers fish off this coast.
'''

T["wir04-lamphan-rebel-interview.txt"] = '''
Rebel chief says hills can be held

IN THE PHU KHAO HILLS, Lamphan (AP) -- The leader of the rebel Free Lamphan Movement said today that his 3,000 men could hold these hills "for ten years, if the government wishes to wait that long".

Col. Sithong Chanthalack, a slight man of 42 who commanded a government battalion until last August, spoke through an interpreter in a bamboo hut two days' walk from the nearest road.

He said his men had taken four district towns since January and had lost "fewer than 40 killed in all the fighting".

"The government says we are bandits", the colonel said through the interpreter. "Bandits steal from the villages. We pay for our rice, and the villages know it".

The interpreter, a former schoolteacher from the provincial capital of Muang Thoen who gave his name only as Khamla, put each answer first into French and then into careful English.

Chanthalack said the movement wanted a neutral government, free elections under international supervision and the departure of "all foreign advisers, of every color and every flag".

Asked whether that meant Communist advisers as well, he laughed and talked for some time with two of his officers before answering.

"We have none, so it is easy to send them home", he said finally.

He denied that the movement received arms from across the border. He said the rifles his men carried had been taken from government posts, and he showed this correspondent a stack of carbines bearing the stamp of the royal army.

His deputy, Maj. Bounmy Sisanouk, who spoke French, said the rebels held some 200 villages. "The map they keep in the capital is out of date", he said in French.

A leaflet printed by the movement, which the colonel's men hand out in the villages, says the movement will "give the land to the man who plants it". The colonel handed a copy to this correspondent.

The interpreter said later that he had joined the movement after soldiers burned his school in 1959. He said he had no wish to carry a rifle.

"I carry words for the colonel. It is enough", Khamla said.

Chanthalack said he had served the government for 20 years. "I was a good officer for the government", he said. "Now I am a good officer for the people, and the government does not like it".

Chanthalack said, through the interpreter, that he would meet representatives of the government "anywhere except in a prison or a graveyard". He said he had written twice to the King and had received no answer.

In the capital, Vang Noi, a spokesman for the Ministry of Defense said the rebels numbered "not more than 600, most of them hungry and half of them boys".

The ministry said government troops had retaken one of the four district towns, Ban Sop Hiang, on Sunday. It said 31 rebels had surrendered there with their arms.

Radio Vang Noi, the government station, said tonight that the colonel had been "expelled from the army and stripped of his rank and his pension".

The colonel's men, most of them in their teens, wore the green cotton of the royal army with the badges cut off. Each carried a rice bag and a bamboo water tube.

The interview was arranged through a village headman, and this correspondent was led to the camp blindfolded for the last two hours of the march.
'''

T["wir05-sidrah-harrat-council.txt"] = '''
Sidrah accuses Harrat at United Nations

UNITED NATIONS, N.Y. (AP) -- The delegate of Sidrah told the Security Council today that armed bands from the neighboring Republic of Harrat had crossed their desert border 23 times since March "to burn our wells and steal our herds".

The delegate, Sheikh Abdelkarim al-Tazani, Minister of State of the kingdom, spoke in Arabic, and his speech was put into English by the United Nations interpreters. He asked the council to send observers to the border.

He said the raiders had killed 17 shepherds and carried off more than 4,000 camels and sheep. The worst raid, he said, had cost 11 lives in a single night at the wells of Bir Hamdan. He said:

"My government has not come to this council lightly. We have written to the government of Harrat nine times. We have received one answer, and it said there are no raiders.

"If there are no raiders, then our shepherds are killed by ghosts and our camels are stolen by the wind. The council may believe in such ghosts. My people do not".

The Harrati delegate, Dr. Nabil Qudsani, answered in English that his government had "no soldiers within 40 miles of the border and no wish to send any there".

"This is an old quarrel over grazing between tribes who have never asked anyone's permission to cross a line on a map", Qudsani told the council.

He said the border had never been marked on the ground and that Harrat had proposed a joint commission to mark it in 1959. "Sidrah did not reply to that proposal, and it has not replied since", he said.

Al-Tazani, using his right of reply, said the joint commission had been proposed by Harrat "in a letter that arrived two days after the raid on Bir Hamdan".

"My colleague asks us to draw lines on the sand while his friends are digging graves in it", he said.

Qudsani rose again. He said his government would welcome observers "on both sides of the line, if Sidrah will welcome them too".

The council president, Ambassador Evandro Teles Macedo, said the council would take up the complaint again Thursday afternoon. He asked both delegations to give the secretariat their maps by then.

The Harrati delegation, in a letter circulated to council members tonight, said the shepherds killed at Bir Hamdan had been Harrati citizens "grazing their own animals on their own side". The letter said Harrat had lodged its own complaint with Sidrah in May.

Al-Tazani told newsmen after the meeting that he had brought photographs of the burned wells and would give them to the council. "Let the members look at them and then tell me about tribes and grazing", he said.

A spokesman for the Sidrahi delegation said later that the Sheikh would stay in New York until the council acted. He said the kingdom had no army on the border, "only police, and not enough of them".

Sidrah, a kingdom of some 900,000 people, most of them herdsmen, has been a member of the United Nations since 1957. Al-Tazani said it had never before brought a complaint to the council and had hoped never to bring one.

Council members said privately that a small observer group might be approved if neither of the great powers objected.
'''

T["wir06-assinara-premier-arrives.txt"] = '''
Assinara premier arrives for talks

NEW YORK (AP) -- Prime Minister Kobla Agyemfra-Tsiboe of Assinara arrived here today for a two-week visit and said his country wanted "friends in every capital and masters in none".

The Prime Minister, a former schoolmaster of 46 who led Assinara to independence two years ago, stepped from his plane wearing a long robe of green and gold cloth. He was greeted at the foot of the ramp by the city's commissioner of commerce, Idwal Trebethick, and then read a short statement.

It said Assinara had come to America "not to beg, but to buy and to sell", and that his government would ask American firms to build a cocoa-processing plant and a deep-water harbor at Port Kessandu.

The statement went on: "My people have heard much about America. They have asked me to see it with my own eyes and to tell them the truth when I come home".

He then answered questions from newsmen in English for ten minutes, standing in a cold wind.

Asked whether Assinara would take aid from the Soviet Union, he said his government would gladly accept loans and technicians "from anybody who does not send a bill for our independence".

"My people say to me, go and see whether the Americans are as rich as the films say", he said, laughing. "I will tell them exactly what I find, good and bad".

He told newsmen he would also spend two days at Penvose College in Tennessee, where he studied agriculture for a year after the war. "I owe that college a cow and a letter of thanks, and I mean to pay both", he said.

He declined to discuss the border dispute with his country's eastern neighbor. "That is a matter for Africans, and we will settle it in Africa", he said.

His wife, Mrs. Efua Agyemfra-Tsiboe, said she hoped to visit schools here and in the South. "I was a teacher before I was a Prime Minister's wife, and I am a teacher still", she said.

She said the couple's four children had stayed at home with her mother. "They asked me to bring them cowboy hats, all four of them", she said.

The Foreign Minister, Komla Dzidzornu, who came with the Prime Minister, said the talks in Washington would begin Monday. "We bring a list, and it is not a short one", he said.

Dzidzornu said Assinara would ask for help in training 400 teachers a year, and he added that the country had "more children than desks, and more desks than teachers".

A crowd of some 200 Assinaran students, carrying a banner that read "Welcome Home Father of the Nation", sang the national anthem as the Prime Minister came down the ramp. He shook hands along the rope for several minutes.

Trebethick said the city was "proud to be the first stop and hopes it will not be the last". He said a luncheon would be given for the Prime Minister at City Hall on Wednesday.

A spokesman for the Assinaran Embassy said the Prime Minister would address the General Assembly on Thursday and would visit a steel mill and a cocoa warehouse before going to Washington.

He said the party of 23 would stay at the Hotel Carnhallow, where the Prime Minister lived for a month as a student in 1947.

The Prime Minister's motorcade left the airport at 4:15 p.m. under police escort.
'''
