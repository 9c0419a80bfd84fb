# Hand-written article texts for devset21, part 2 (wir07-wir12). Three "news in brief" columns of
# 1961 wire items (six short items a file, each under its own one-line headline and with its own
# dateline) and three obituaries quoting family, colleagues and the dead man's or woman's own
# past words.
T = {}

T["wir07-briefs-hunters-cold-wave.txt"] = '''
Lost elk hunters found alive

KELLAWAY, Mont. (AP) -- Two elk hunters missing for three days in the mountains west of here were found alive today, cold and hungry, by a sheriff's posse on horseback.

Sheriff Cynan Penhallick said the men, Orvel Tremadden, 34, and his brother-in-law, Delwyn Rosvennow, 29, had built a lean-to of spruce boughs and kept a fire going all three nights. "They did everything right except get lost in the first place", the sheriff said.

Tremadden told the sheriff that a snowstorm had hidden their trail Saturday afternoon and that they had eaten their last sandwich Sunday.

Coldest air of winter due

KANSAS CITY (AP) -- The coldest air of the winter will pour into the Plains states tonight and tomorrow, the Weather Bureau said.

"It is coming straight down from Canada with nothing to stop it but a few barbed-wire fences", said Elidir Polgrennick, a forecaster at the bureau's office here. He said temperatures would fall to 15 below zero in western Nebraska by morning.

School bus slides into ditch

PENDARRA, Ky. (UPI) -- A school bus carrying 31 children slid off an icy road and into a ditch near here this morning. Nobody was badly hurt.

Mrs. Lowenna Carthowe, 38, who lives across the road, said she heard the brakes and ran out in her apron. "The children were climbing out the back door in a line, as quiet as church", she said. "The driver had them all counted before I got to the fence".

The county superintendent of schools, Austell Trelissow, said the bus had passed its inspection in September. Classes at the Pendarra school will go on as usual tomorrow, he said.

Cashier foils toy gun holdup

KELLOWICK, Ill. (AP) -- A man with a toy pistol tried to rob the Kellowick State Bank today and was held for police by a cashier and two customers. Police said the man was 27 and had come from Chicago by bus.

The cashier, Miss Senara Polwarrick, said the pistol "looked like the kind they sell at the dime store, and it was". She said she rang the alarm with her knee while she counted out the money slowly.

Mail carrier ends 42 years

TREGARROW, Vt. (UPI) -- Pedrek Aprydden, who has carried the mail on the same rural route for 42 years, made his last round today. He is 70.

Aprydden said he had worn out four cars, two horses and "more pairs of overshoes than I could count on a long winter night". He said he would spend his first free morning in bed.

The postmaster, Alvis Kellow Gwennick, said patrons along the route had given Aprydden a purse of $340. "Some of them never saw another face all winter but his", he said.

Voters approve new school

CHENHALLOW, Ore. (AP) -- Voters here approved a $1,200,000 bond issue for a new high school yesterday by 1,904 votes to 611, the largest margin ever given a school bond in the county.

The president of the school board, Mrs. Tamsyn Rosewarrow, said the board would ask for bids in March. "We have been holding classes in the gymnasium, the cafeteria and the furnace room", she said. "Now we can give the furnace room back to the furnace".

The superintendent, Lavern Bossinick, told reporters that the new building would open in the fall of 1963 if the weather let the builders start work in April.
'''

T["wir08-briefs-bridge-flu-plane.txt"] = '''
Creek washes out county bridge

TRENWITH, Mo. (AP) -- A county bridge over Kestle Creek was swept away by high water early today, minutes after a milk truck had crossed it.

The truck driver, Elvon Trengrouse, 44, of Trenwith, said he felt the deck shake under his wheels. "I looked in the mirror and there was no bridge behind me, just brown water", he said. He said he drove to the nearest farmhouse and telephoned the sheriff.

The county engineer, Meryn Polventon, said the bridge had been built in 1911 and was due to be replaced next year. He said a detour of 14 miles would be posted by tonight, and that school buses would use the Polventon ford until the water went down.

Funnel cloud seen, no damage

WENDRON, Okla. (UPI) -- A funnel cloud passed over this town at noon today but did not touch the ground, the Weather Bureau said.

The meteorologist in charge at the bureau's station in Dunvessel, Gerent Carnsewick, said his office had received more than 40 calls in an hour. "Everybody who owns a window saw it, and everybody who owns a telephone called us about it", he said.

Influenza closes schools

PENGERSICK, Wis. (AP) -- All 11 public schools in this city will be closed until Monday because of influenza, the superintendent of schools announced today.

The superintendent, Dr. Brychan Angarrick, said 1,470 of the city's 5,200 pupils had been absent yesterday, and 38 teachers. "When the teachers start going down, you close", he said. He said the buildings would be aired and scrubbed over the weekend.

The county health officer, Dr. Keyna Tremaddock, said the illness was the mild Type B influenza and that no child had been taken to the hospital.

Pilot lands plane on highway

BODRIGGAN, Neb. (AP) -- A flying instructor landed a small plane on U.S. 30 near here this afternoon when its engine quit, and then taxied it into a filling station.

The pilot, Iolo Trevellick, 31, said he had picked the longest straight stretch he could see. "The cars were very polite about it. They all pulled over and waited", he said.

A witness, Mrs. Derwa Penrosewick Kittow, 52, said the plane came down "as gently as a leaf, right on the white line". She said the filling station gave the pilot a free tank of gasoline.

A spokesman for the state patrol said no charges would be filed against the instructor.

Death ruled accidental

LANHARROW, Ind. (UPI) -- The Lanharrow County coroner, Aled Trewinnick, ruled today that the death of a farm hand found in a silo Monday was accidental. He said the man had been overcome by gas from fermenting corn.

"Every fall we warn them, and every fall we lose one", the coroner said.

Dog walks 200 miles home

CARNMENELLIS, Iowa (AP) -- A collie that was left with relatives in Missouri last month walked back to its old home here, its owner said today.

The owner, Tegwyn Pascowe Hendrow, a farmer, said the dog arrived on the porch Sunday morning with sore feet and a torn ear. "He ate three bowls of oatmeal and went to sleep under the stove", Hendrow said. "He has not let me out of his sight since".

His brother-in-law in Missouri, reached by telephone, said the collie had slipped its collar on Oct. 12 and had not been seen again.
'''

T["wir09-briefs-convict-meteor-bee.txt"] = '''
Escaped convict caught in barn

ROSCARROCK, Ga. (AP) -- A convict who walked away from a road gang Tuesday was captured today in a hay barn four miles from the camp.

Sheriff Tudno Penwarne said the man, Verlyn Treharrick, 24, serving five years for burglary, had been seen by a farm woman who was gathering eggs. "She did not scream and she did not run. She just went in the house and called me", the sheriff told reporters.

He said the prisoner gave up without a fight and asked for a cup of coffee. The farm woman would not give her name to reporters.

Bright meteor lights sky

MENHENIOT, N.D. (UPI) -- A meteor bright enough to light up the snow was seen over three states last night, and dozens of people telephoned police and newspapers.

A farmer, Kenver Trebilcow, 61, said he was milking when the barn windows lit up "like a welder's torch, and then it went out with no sound at all". He said his cows were upset until morning.

An astronomer at the state college, Dr. Cador Penleath, said the meteor had probably burned up 40 miles above the earth. It was, he said, "one of the brightest I have heard about in 20 years".

"We forecast the weather, not the sky beyond it", said Petroc Angwinnow, a Weather Bureau observer at the airport, who took 60 calls.

Ice jam threatens river town

TREVARRACK, Pa. (AP) -- An ice jam three miles long on the Pendeen River backed water into the streets of this town of 2,400 tonight. Forty families left their homes.

The borough's civil defense director, Jowan Tregaskow, said the water had risen 30 inches in four hours. "If the jam holds through tomorrow, the whole lower town goes under", he said.

The Weather Bureau at Pittsburgh said warmer weather would begin to loosen the ice by Thursday.

Farm girl wins spelling bee

PENTEWAN, Kan. (AP) -- A 12-year-old farm girl who learned to spell from a mail-order dictionary won the county spelling bee here today. Her winning word was "chrysanthemum".

The principal of her school, Mrs. Morvah Trenear, said the girl, Ebrel Nancekellow, read the dictionary on the school bus every morning. "She started at aardvark in September and she is up to the letter P", she said.

The girl said she had missed only one word all year, and that was "separate".

Ferry runs aground in fog

POLRUAN, Wash. (UPI) -- A ferry carrying 80 passengers and 22 cars ran aground on a sandbar in thick fog this morning. Nobody was hurt, and the ferry floated free on the noon tide.

The ferry's master, Capt. Ythel Tremenwick, said his radar had failed a few minutes before the ship touched bottom. A passenger, Mrs. Kerra Vosperick, 45, said the passengers "played cards and drank coffee and hardly noticed we were stuck".

Church bell stolen

TRELOWARREN, Tenn. (AP) -- A 600-pound bronze bell was stolen from the tower of the Trelowarren Methodist Church over the weekend, the pastor said today.

The pastor, the Rev. Clemo Penberrick, said the bell had been cast in 1874 and was rung for every wedding and every funeral in the town since. "Whoever took it had a truck, a rope and no conscience", he said.

A deputy sheriff said the tower door had been forced with a crowbar.
'''

T["wir10-trevaskow-seedsman-obituary.txt"] = '''
Hedric Trevaskow, seedsman, dies at 81

Hedric Trevaskow, who built the Trevaskow Seed Co. from a back room of a hardware store into the largest seed house in the state, died yesterday at his home, 14 Penmount Road. He was 81.

His son, Elwyn Trevaskow, president of the company since 1952, said his father had been at his desk until three weeks ago. "He read every letter that came in, and he answered the ones from farmers himself, in ink", he said.

Mr. Trevaskow came to this country from Cornwall at the age of 12 with his parents, who farmed near Holmwick. He began selling seed in 1903 from the back of Penhellick's hardware store on Fore Street, with $60 he had saved as a hired man.

He once said that he went into the seed business "because a seed is the only thing a man can sell that goes on growing after he has sold it".

In an interview with this newspaper on his 75th birthday, he said the company had never sold a seed that he would not plant in his own garden. "And my garden is the worst in town, so that is saying something", he said.

The company grew to 340 employees, with warehouses at Holmwick and Polvennor and a catalog that went to 200,000 farms. Mr. Trevaskow wrote the introduction to every catalog until 1958.

During the depression, his son said, Mr. Trevaskow carried hundreds of farmers on credit for two and three years. "He said a farmer who cannot pay for seed this spring is your best customer five springs from now", the son said.

In 1944 he told a committee of the state legislature that the war had taught more Americans to garden "than all the seed catalogs printed since Jefferson". He asked the committee for nothing.

His son said the old man had been proud of the catalog above everything else. "He used to say the customer is always right about the weather and always wrong about the soil", the son recalled. "He put that in the catalog once, and we lost a hundred customers".

Mr. Trevaskow liked to say that a seed catalog was "the only honest fiction written in America". He was quoted as saying, on the company's 50th anniversary in 1953, that he had "never had a bad year, only a few bad months".

Gorran Tolcarne, who was the company's chief grower for 31 years, said Mr. Trevaskow "could tell a good bean from a bad one in the dark, by the sound it made in his hand".

"He was a hard man to work for and an easy man to work with", Tolcarne said. "There is a difference, and every man in the greenhouses knew it".

His daughter, Mrs. Eseld Bosvenna, said her father had walked through the trial gardens every morning at 6 until last summer. She said he had asked for a window box of radishes when he could no longer go outside.

Mayor Cadan Vellanoweth said the city had lost "one of the men who made it, and one of the last". He ordered flags on city buildings flown at half-staff until after the funeral.

The county agricultural agent, Selyf Polglaze, said Mr. Trevaskow had given seed to every 4-H club in the county for 30 years "and never once sent a bill or asked to see his name in the paper".

The company said in a statement that its offices and warehouses would be closed Friday. Services will be held at 2 p.m. Friday at St. Keverne's Episcopal Church.

Besides his son and daughter, Mr. Trevaskow leaves seven grandchildren. His wife, the former Tressa Chegwidden, died in 1949.
'''

T["wir11-tremellick-bridge-engineer-obituary.txt"] = '''
Tremellick, bridge engineer, dies

POLVENNOR, Calif. (AP) -- Rhun Tremellick, the engineer who designed the Carrack Strait Bridge and 40 other spans in the West, died today at his home here. He was 77.

His widow, Mrs. Gwenith Tremellick, said he had died in his sleep after a long illness. "He was drawing a bridge on the back of a hospital menu last week, and it was a good one", she said.

Tremellick was called "Old Rivets" by two generations of steel men, a name he said he had earned by counting every rivet on his first job in 1906 "and finding two missing".

At the opening of the Carrack Strait Bridge in 1937 he told a crowd of 20,000: "This bridge will be standing when all of us are forgotten, and that is exactly as it should be".

He wrote in his memoirs, published in 1958, that the bridge had cost the lives of three men, "and I have carried those three men on my back every day since". He said in the book that he had spent his first night after the opening at the bedside of a welder's widow.

His former partner, Hender Vellanzer, said Tremellick had "the best eye for a load that I ever saw, and the worst handwriting". Vellanzer said the firm of Tremellick & Vellanzer had built bridges in eight states and in Chile.

"Rhun never took a short cut in his life", Vellanzer said. "He used to tell the young men, steel does not forgive, so do not ask it to. They all remember that".

In 1929 he resigned as consulting engineer on the Port Ellick bridge after the contractor used a lighter grade of steel than he had specified. He told newspapers at the time that he would not "put my name on a bridge I would not drive my own children across".

The Pacific Society of Bridge Engineers, of which he was president in 1931, said in a statement that his designs had "set the standard for a whole generation of long spans". The society said it would establish a scholarship in his name.

A magazine once quoted him as saying that a bridge was "a promise made in steel to people you will never meet". He later said the line had been his wife's, not his own.

Mrs. Tremellick said she did not remember saying it. "He gave me credit for all his best sentences and blamed me for none of the bad ones", she said.

The state highway engineer, Kenan Pellowick, said in Sacramento that every bridge engineer in the state had learned from Tremellick's designs. "We still use his tables for wind loads, and we still cannot improve on them", he said.

Tremellick was born in Grass Valley, the son of a Cornish tin miner, and studied engineering at night while working as a rivet boy. He retired in 1952.

He told an interviewer at his retirement that he was proudest of the smallest bridge he had built, a footbridge over a creek for a country school in 1912. "The children walked over it for 40 years, and not one of them got wet feet", he said.

A daughter, Mrs. Elowen Tremellick Dunstow, said her father had taken each of his grandchildren across the Carrack Strait Bridge on foot on the child's sixth birthday. "He made them count the cables on the way over and the lamps on the way back", she said.

Besides his widow, he leaves two daughters and a brother, Jenner Tremellick, of Polvennor. The family asked that flowers be omitted.
'''

T["wir12-carvossa-teacher-obituary.txt"] = '''
Miss Wenna Carvossa, teacher 44 years

Miss Wenna Carvossa, who taught English at Penhallack High School for 44 years and is remembered by some 6,000 former pupils, died yesterday at St. Meriasek's Hospital. She was 79.

Her nephew, Ivey Carvossa, said she had been ill for a month but had graded papers for a night school class until a week before she died. "She told the nurses their spelling was a disgrace, and she was right", he said.

"She always said a comma is a place to breathe and not a place to hide", her nephew said. "I still hear her every time I write a letter".

Miss Carvossa came to Penhallack in 1911 from a farm near Treyarnon, Wis., with a teaching certificate and, she once said, "one good dress and a great deal of nerve". She retired in 1955.

At her retirement dinner she told 400 former pupils that she had "never taught a stupid child, only a great many lazy ones, and most of them are in this room". The remark is still quoted at the school.

Her motto, "Say it plainly or say it twice", was painted over the door of Room 14 by the class of 1931 and is there today.

Judge Gwynfor ap Teilo of the County Court, a pupil in the class of 1927, said Miss Carvossa had taught him to write a sentence. "Every opinion I have written from the bench was written for her, and I think she read most of them", he said.

He said she had sent him a letter after his first decision, pointing out two misplaced commas. "She said the law was sound and the punctuation was not", the judge said.

The principal of the school, Morcom Tresiddow, said the faculty would wear black bands on Friday. "She was the conscience of this building for 44 years, and some of us still look over our shoulders", he said.

In 1934, when the school board proposed to drop Shakespeare from the senior course, she wrote to the board that she would teach it "on my own time, in my own parlor, to anyone who knocks". The board kept Shakespeare.

In 1948 she wrote to the editor of this newspaper that its headlines had "more verbs missing than a schoolboy's excuse on a Monday". The newspaper printed the letter on its front page.

The president of the school board, Cadwy Trevithow, said the board would name the new library wing for her. He said the motion would be made at the board's meeting Tuesday "and I do not expect anyone to vote against it".

She told a reporter in 1955 that she had no regrets about a single year of it. "I have read every book I wanted to read and taught every child who would sit still", she said.

Miss Jenifer Rosemullion, who taught Latin across the hall from her for 30 years, said the two women had eaten lunch together "every school day from Coolidge to Eisenhower, and never once agreed about Dickens". She said Miss Carvossa had kept a jar of peppermints in her desk for pupils who stayed after school.

A former pupil, Mrs. Nonna Trethewick, said Miss Carvossa had come to her wedding in 1949 and corrected the spelling on the cake. "She laughed harder than anybody at the table", Mrs. Trethewick said.

Services will be held at 11 a.m. Saturday in the Penhallack Congregational Church. The school will close at noon.

Miss Carvossa leaves her nephew and a sister, Mrs. Treeve Carvossa Angovick, of Treyarnon.
'''
