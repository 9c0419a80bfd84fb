# Hand-written article texts for devset7, part 2 (spt07-spt12). Same conventions as part 1.
T = {}

T["spt07-voyagers-beat-cavaliers.txt"] = '''
Tremaine scores 41 as Voyagers win

Ottersby, Minn. (AP) -- Zebulon (Sonny) Tremaine scored 41 points tonight, the most by a Voyager this season, and the Ottersby Voyagers beat the Tulliver Cavaliers, 104 to 97, in a National Basketball League game before 5,600.

Tremaine hit 16 of 27 shots from the floor and nine of ten free throws. He had 14 points in the last quarter, when the Cavaliers pulled within three.

Forward Elisha Bascombe, center Booker Fairweather and guard Benjy Kastner were standing at their lockers when a newsman asked about Tremaine. "He's the best shooter in this league", Bascombe said.

"Best in the world, and don't you forget it", Tremaine called from the shower.

Fairweather, who had 19 rebounds, said the Cavaliers had tried three different men on Tremaine. "They could have tried five and it wouldn't have mattered", he said.

Coach Maury Feinblatt of the Voyagers said he was more pleased with the defense than with the scoring. "We held them to 38 per cent, and that wins ball games", Feinblatt said.

The Cavalier coach, Clem Hollenbeck, said his club "just ran into a man who couldn't miss".

"We played him honest, and he beat us anyway", Hollenbeck said. "You do what you can and then you go home".

Hollenbeck said forward Teague Marsden, who missed the game with the flu, would be back for Friday's game at Tulliver.

The Voyagers, who have won eight of their last ten, now lead the Western Division by a game and a half. Feinblatt said the club would leave Thursday on a six-game road trip, its longest of the season.

Tremaine, asked whether he had ever scored more, grinned. "Not since high school, and they don't count that", he said.
'''

T["spt08-tilghman-wins-mile.txt"] = '''
Tilghman wins Grayhaven mile in 4:05.2

Grayhaven, R.I. -- Seldon Tilghman of Barnwell University ran the mile in 4 minutes 5.2 seconds tonight, the fastest indoor mile of the winter, at the 22d annual Grayhaven Relays before 9,000 in the Grayhaven Armory.

Tilghman, a slender senior from Kinmount, Ont., took the lead from Hamish Dunleavy of Merrimount with a lap and a half to go and won by 15 yards.

"I felt him slowing up on the turn, so I went", Tilghman said. "I had been waiting for that for three laps".

Dunleavy said he had run the first half-mile too fast. "I was trying to run the kick out of him, and it didn't work", he said.

The Barnwell coach, Fergus Hartigan, said Tilghman would run in the national indoor championships in two weeks "and try for four flat, if the track is right".

Hartigan, who has coached at Barnwell for 23 years, said Tilghman was the best miler he had ever had. "He's got the legs and he's got the head, and you don't often get both", he said.

Vault goes to Stansbury

Pole vaulter Elwood Stansbury of the Hammersley Athletic Club cleared 15 feet 1 inch to win his event. Stansbury said he used a new steel pole for the first time. "It bends a little more than the old one, and I like it", he said.

Stansbury's teammate, Ransford Oakshott, who finished second at 14 feet 6, said he would try the new pole next week.

The meet director, Thornton Abernethy, said the Relays had drawn the largest crowd in their history. He said the Armory would add 1,200 seats before next winter.

Women's sprint to Miss Birchall

Miss Eudora Birchall of the Tidewater Track Club won the women's 60-yard dash in 7.1 seconds. She said she had been running for only two years. "My brother got me started, and now he can't catch me", she said.
'''

T["spt09-copper-lantern-wins.txt"] = '''
Copper Lantern wins Marlin Stakes

Saxonhurst, Md. (AP) -- Copper Lantern, a colt who was a 14-to-1 shot in the morning line, came from last place in the stretch today and won the $25,000 Marlin Stakes by a length and a half at Saxonhurst Downs.

Mrs. Corwin Fairclough's Ravensholm Farm colt ran the mile and a sixteenth in 1:44 3/5. He paid $31.40 for $2 to win. Golden Tithe was second and the favorite, Halfpenny Road, was third.

The jockey, Benny Castellanos, said he had not tried to hurry the colt early. "He doesn't like to run in a crowd, so I let him drop back", Castellanos said. "When they opened up at the eighth pole, he ran like a hound after a rabbit".

The trainer, Cleon J. Redwine, watched the race from the roof of the grandstand. He said the colt had been coughing two weeks ago and had missed four days of training.

"I didn't know if he'd have the wind for it", Redwine said. "He had more than I did, I'll tell you that".

Redwine said Copper Lantern would be pointed for the Preakness, but that he would make no promises until he had seen how the colt came out of the race.

Mrs. Fairclough, who bought the colt as a yearling for $6,500, said she had never owned a stakes winner before. "My husband always said I'd buy one horse too many, and this was it", she said, laughing.

The rider of Halfpenny Road, Arliss Woodbine, said his mount was bumped leaving the gate. "He lost three lengths right there", Woodbine said. "You can't spot a field like this three lengths".

The stewards said after reviewing the patrol film that there had been no foul.

Mudlark in daily double

The daily double, Mudlark and Kettle Reel, paid $212.60. Castellanos rode Mudlark, his third winner of the afternoon.
'''

T["spt10-column-old-ballpark.txt"] = '''
Sport Talk: The old park on Penhallow Street

They will tear down Grissom Park on Penhallow Street this spring, and nobody who ever sat in its wooden bleachers will be sorry to see the splinters go. But a good many will be sorry to see the rest of it go.

Dunstan Tuttlebury was the groundskeeper there for 31 years. He is 74 now and lives with his daughter in Cotterstown. "I raked that infield every morning for 31 years, and I never found a pebble I didn't pick up", he said last week. "You'll tell them to be careful with the home plate. It's the same one they put down in 1911".

The late Horatio Gribble, who owned the Larks in their good years, built the park with his own money in 1909, when the team played in a cow pasture and the fans stood. Gribble sold the club in 1938 and died two years later. His widow, Mrs. Horatio Gribble, still has a box seat there, behind first base.

"We sat in that box every Sunday for thirty years, rain or no rain, and I cannot think where I will go on Sundays now", Mrs. Gribble said.

Some of the old Larks remember the place less kindly. "The left-field fence was 290 feet, and every left-handed pitcher in the league hated the sight of it", said Lysander (Kip) Lavalle, who pitched for the Larks from 1926 to 1934 and won 112 games.

Kip laughed about it over a cup of coffee. "I hated it most of all", he said. "I gave up 31 home runs in 1929, and 24 of them were right here".

"You gave up 31 and I caught every one of them", his old catcher, Hiram Mulgrew, said from across the table.

The city's park commissioner, Wilmer Stoddart, said the site would become a parking lot and a playground. The Larks will play in the new municipal stadium, which the fans have already named "the Pie Plate".

It will be a nice stadium. But it will not have a home plate that was laid down in 1911.
'''

T["spt11-tewksbury-holdout.txt"] = '''
Tewksbury still a holdout

Dellmoor, Ohio (UPI) -- Outfielder Garrison Tewksbury, who hit .318 and drove in 104 runs for the Dellmoor Comets last season, returned his contract unsigned for the second time today.

The Comets' general manager, Cuthbert Ormsby, said the club had offered Tewksbury $27,000, a raise of $5,000. "That is a fair offer and it is our last one", Ormsby said. "He can take it or he can sell insurance".

Tewksbury, reached at his home in Fairhope, Ala., said he wanted $32,000 and would not report to camp without it. "I had my best year and they want to give me a raise like a bat boy", he said.

Asked whether he was serious about quitting the game, Tewksbury said there was "a job waiting for me at the lumber yard any time I want it".

Comets get Dunaway

The Comets also announced today that they had traded rookie right-hander Hilliard Tackaberry and $40,000 to the Sunfield Foxes for the veteran catcher Ralston (Mule) Dunaway.

In a statement, the club said Dunaway "will give our young pitchers the steady hand behind the plate they have been lacking".

Dunaway, 33, has caught for the Foxes for nine seasons. He said he was glad to be going to a contender. "Nine years is a long time to sit on a last-place club", he said. "Dellmoor has a chance, and I want to be there when it happens".

The Foxes' manager, Bertram Yeager, said Tackaberry "could be a 15-game winner in two years". "We gave up a good man, but we got a better arm", the Fox pilot said.

Tackaberry, a 21-year-old from Mulberry Gap, Tenn., won 16 games for the Comets' farm club at Ashbourne last season. He said he had not expected the trade. "I found out from the man at the filling station", he said.

Ormsby said that no other trade was in the works. "We're set, unless somebody calls with an offer we can't turn down", he said.
'''

T["spt12-tigers-split-doubleheader.txt"] = '''
Tigers split with Keystones

Bramhope, Ohio -- The Bramhope Tigers won the first game of a doubleheader from the Harrowgate Keystones today, 6 to 2, and then lost the second, 5 to 4, when a throw from right field skipped past the veteran catcher, Joachim (Jughead) Roemer, in the ninth.

Roemer took the blame in the clubhouse. "The ball took a bad hop, but I should have had it anyway", he said. "I've caught that throw a thousand times".

"It was my throw, not his catch", said right fielder Thurman Pickering, who dressed at the next locker. "It was six feet up the line".

The Tiger skipper, Redmond (Buzz) Ottley, would not pick between them. "They both want the blame, so let them split it", he said.

Left-hander Erskine Applewhite won the opener, his first start since April 30, with a five-hitter. Applewhite, Roemer and third baseman Jervis Dunkerley each drove in two runs. "The curve ball was working, and I stayed ahead of them all day", he said.

"Did you see Dunkerley go into the seats for that foul ball"? Asked Ottley. "Best play I've seen all year".

The Keystones' manager, Ozias Follansbee, said the second game was "the kind you win once a month if you're lucky". He said his starter, Corky Neidermeyer, had pitched with a blister on his finger since the sixth inning.

Neidermeyer said he told nobody about the blister. "If I'd said something, they'd have taken me out", he said.

The Tigers, who had won six in a row before the second game, are two games behind the league-leading Keystones. The clubs play again tonight under the lights.

Tiger fans have taken to calling the club "the Ottley Wreckers" since the winning streak began.
'''

for _k in T:
    T[_k] = T[_k].strip("\n").split("\n\n")
