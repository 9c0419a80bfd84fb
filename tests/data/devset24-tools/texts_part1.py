# Hand-written article texts for devset24, part 1 (clb01-clb06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line. The women's and club
# pages ("clb") of 1961: a woman's club hearing a travel talk, an engagement and a wedding, a
# Rotary luncheon, a garden tour, a church circle's rummage sale and a fashion show; a file holds
# one story or two, each under its own headline.
T = {}

T["clb01-ekelund-womans-club-travel-talk.txt"] = '''
Woman's club hears of bus trip over Andes

Mrs. Ragna Kettilsby of Norrvik, who traveled 9,000 miles through South America last winter by bus, train and river boat, told the Ekelund Woman's Club yesterday that the hardest part of the trip had been coming home.

Mrs. Kettilsby, a retired geography teacher, spoke at the club's monthly luncheon in the Hotel Skarvik on "Three Flags Over the Andes". About 140 members and guests heard her.

She said she had gone alone, with one suitcase and a camera, because her husband "would not cross the street without a hotel reservation". The bus from Lima to the mountains left at 4 in the morning and stopped whenever the driver was hungry. Nobody on it seemed to mind. The passengers shared their bread with her and taught her to chew coca leaves against the thin air, she said.

"The mountains do not care who you are", Mrs. Kettilsby said. "A banker from New York gets the same headache at 12,000 feet as a farmer's wife from Norrvik".

In the high villages the women still wove their own cloth and carried their babies on their backs in striped shawls. Markets were held on Sundays, after mass, and a woman might walk ten miles to sell six eggs. Mrs. Kettilsby said she had bought a shawl from one of them for 40 cents and had been scolded by her guide for paying too much.

"He said I had spoiled the market for the whole valley", she said. "I told him I had spoiled it for one woman, and she had six children to feed".

The speaker said the cities had surprised her more than the mountains. La Paz had traffic lights, television sets in the shop windows and a traffic jam every evening at 6. In Santiago she had eaten the best fish dinner of her life, for a dollar and a half, in a room full of students arguing about Fidel Castro.

Mrs. Kettilsby, who showed colored slides of the trip after her talk, said the people she met "knew a great deal more about us than we know about them".

She said many of them had asked her about American schools and about the price of automobiles. A schoolmaster in Cuzco had kept her an hour in his classroom, answering his pupils' questions about snow. None of them had ever seen any, though they could see it every day on the peaks above the town.

"I told them about our winters in Norrvik, and they did not believe a word of it", she said.

She had only one regret about the trip. She had gone without a word of Spanish and had come home with about fifty, most of them about food, she said.

Mrs. Kettilsby ended her talk with a rule for women who want to travel: "Take half the clothes and twice the money, and leave your husband's opinions at home".

The club's president, Mrs. Jarl S. Torvik, announced that the spring card party would be held April 18 at the Ekelund Grange hall. She said the proceeds would go to the club's scholarship fund, which sends one girl from Ekelund High School to nursing school each year.

The program chairman, Mrs. Aune Kestila, said next month's speaker would be a forester from the state conservation department, who will talk about the Christmas tree industry.

One member said afterward that she was going home to look at steamship folders.

The hostesses were Mrs. Gudmund Lundegren, Mrs. Eino Saarvik and Mrs. Gunvor Ellefsrud.
'''

T["clb02-lindqvarn-brannstrom-kallvik-sorvaag.txt"] = '''
Miss Lindqvarn to be wed to Ekelund engineer

Mr. and Mrs. Tryggve J. Lindqvarn of 41 Ostmark Road, Storvik, have announced the engagement of their daughter, Miss Solveig Ann Lindqvarn, to Torleif E. Brannstrom, son of Mr. and Mrs. Einar Brannstrom of Ekelund.

Miss Lindqvarn was graduated from Storvik High School and from the Norrvik School of Nursing, and is a nurse at Storvik General Hospital. Her fiance, a graduate of Solvdale State College, is an engineer with the Aspdale Tool Co.

The wedding will take place Aug. 19 in Emmaus Lutheran Church, Storvik, Mrs. Lindqvarn said. She said her daughter and Brannstrom had met "over a broken arm, his, in the emergency room two winters ago".

"He came back every week to have the cast looked at, long after there was anything to look at", Mrs. Lindqvarn said. "My husband says he knew how it would end before I did, but he says that about everything".

The bride-to-be will wear the veil her grandmother, Mrs. Sigrid Lindqvarn, 84, of Halsvik, wore at her own wedding in 1901, her mother said.

The grandmother said she had kept the veil in a cedar chest for sixty years "for exactly this". She has eleven grandchildren and has lent it to three of them already.

Brannstrom's mother, Mrs. Einar Brannstrom, said the couple would live in Ekelund. "We have the upstairs of our house ready for them, whether they want it or not", she said.

Miss Kallvik is bride of Lt. Arvo Sorvaag

Miss Britt Kallvik, daughter of Mr. and Mrs. Osvald P. Kallvik of Norrvik, was married Saturday afternoon in Bethany Lutheran Church, Norrvik, to Lt. Arvo Sorvaag, U.S.A., son of Mrs. Helmi Sorvaag of Tjarnlund and the late Matti Sorvaag. The Rev. Jorund Haldsted performed the ceremony.

Haldsted, who baptized the bride, said it was the third Kallvik wedding he had performed in the church. "I married her parents at this altar in 1934, and her father was late for that one too", he said.

The bride, given in marriage by her father, wore a gown of ivory satin with a train of Brussels lace. Her sister, Miss Karin Kallvik, was maid of honor. Lt. Sorvaag's brother, Reino Sorvaag of Tjarnlund, was best man.

Mrs. Kallvik said the gown had been worn by three brides of the family before her daughter. "It has been let out, taken in and let out again, and it has never looked better", she said.

The bridegroom's mother said the couple would sail next month for Germany, where Lt. Sorvaag is stationed with an Army engineer battalion. She said her son had asked for the assignment "because his great-grandfather never got past Hamburg".

The bride's father, a retired railroad conductor, had the last word at the reception in the church parlors. Kallvik said: "I gave away one daughter today and got a son who can fix the furnace. I call that a fair trade".

The bride was graduated last June from Solvdale State College, where she was president of the women's glee club. The bridegroom was graduated from the college in 1959 and was commissioned through its reserve officers training program.

After a wedding trip to the Tornedale lakes, the couple will live in Norrvik until they sail.
'''

T["clb03-storvik-rotary-engineers.txt"] = '''
Rotary told state faces engineer shortage

The country will need 40,000 more engineers a year than its colleges are graduating by 1970, the dean of engineering at Solvdale State College told the Storvik Rotary Club yesterday.

The dean, Dr. Eskil R. Hammarvik, spoke at the club's weekly luncheon at the Hotel Skarvik. He said the shortage was "already costing this state its share of the new plants".

"A company that wants to build a laboratory asks first where its engineers will come from", the speaker said. "Too often the answer is, not from here".

Hammarvik said Solvdale State had turned away 210 qualified applicants last fall for lack of laboratory space. Its freshman class in engineering was the smallest since 1954, though the number of high school graduates in the state had risen by a third.

He said the trouble began in the high schools. Fewer than one boy in five now took four years of mathematics, and many of the small schools offered no physics at all. A boy who had not had trigonometry by the time he was 17 was lost to engineering for good.

The speaker told the Rotarians: "You are businessmen. If you want engineers in this town in ten years, you had better start buying slide rules for the boys who are in the eighth grade now".

He urged the club to set up a scholarship for a Storvik boy at the college and to ask the school board to add a second physics teacher at the high school.

Hammarvik said the college had asked the Legislature for $3,200,000 for a new engineering building. The request had been cut in half last year, and he did not expect the college to do better this time unless the businessmen of the state spoke up, he said.

The program chairman, Hakon T. Ostervang, who introduced the speaker, said the club's scholarship committee would meet next Tuesday to take up the proposal. "Dr. Hammarvik has given us our homework, and I intend to see that we do it", Ostervang said.

Ostervang, a chemist with the Aspdale Tool Co., said his own company had hired only two of the eleven engineers it sought last year. He said the others had gone to California.

Asked by a member whether the college could not simply crowd more students into its laboratories, Hammarvik replied that the laboratories were already running in two shifts. "We teach surveying at 7 in the morning and strength of materials at 9 at night", he said. "The janitors think we are out of our minds".

The club's president, Rune Vikstedt, said the Rotary had given $1,800 in scholarships since 1955, all of it to students in nursing and teaching. It had never given one in engineering, he said, because no boy had ever applied for one.

"Maybe that is the best argument the dean could have made", Vikstedt said.

Hammarvik, who was graduated from Solvdale State in 1931, said he had been the only engineering student from Storvik in his class. He said he would be glad to have company.

Visitors at the luncheon were Teuvo Rasku of the Ekelund club and Tarmo Vahakyla of the Norrvik club.

Next week's speaker will be Ragnvald O. Blomdahl, executive secretary of the Storvik Chamber of Commerce.
'''

T["clb04-aspdale-garden-tour.txt"] = '''
800 walk through six gardens on Aspdale tour

Some 800 persons, many of them from out of town, walked through six private gardens in Aspdale yesterday on the fourteenth annual garden tour of the Aspdale Garden Club.

Mrs. Ivar A. Fjellstad, chairman of the tour, said ticket sales had reached $1,640, the most in the tour's history. The money will go to plant shade trees along Ringvall Avenue, she said.

"We prayed for sun and we got it, and we prayed for no wind and we got that too", Mrs. Fjellstad said. "I am not going to ask for anything else this year".

The club's tour booklet says the oldest of the six gardens, behind the Gustavsrud house on Fjordhaven Road, was laid out in 1887 by a Norwegian gardener who had worked on an estate outside Bergen. The Gustavsrud garden drew the longest line of the day.

Its owner, Severin Gustavsrud, 78, stood at the gate most of the afternoon. He said he had taken care of the garden since he was eight years old. His father had brought the first roses from the old country in a wooden box packed with wet moss, and seven of the bushes were still alive.

"They have outlived my father and my two brothers, and I expect they will outlive me", Gustavsrud said.

Asked whether he had ever thought of selling the place, Gustavsrud said a man from Storvik had offered him $40,000 for it in 1959 "and I gave him a cup of coffee and showed him the gate".

Mrs. Liv Marklund, whose rock garden on Hollvik Lane was the newest on the tour, said she had built it in three summers out of stones her husband carried up from the creek. She said the alpine plants had come from a nursery in Vermont, by mail.

Her husband, Ludvig Marklund, said he had carried "about eleven tons, by my count, and every one of them twice". He said his wife had changed her mind about the location of the big boulder at the top.

"She moved it once. I moved it twice", Marklund said.

Dr. Mikael Strandvik, a Storvik surgeon whose boxwood garden is the most formal on the tour, said he clipped the hedges himself, with hand shears, every second Sunday from May to September. "It is the only thing I cut that does not talk back", he said.

At the Kivimaa garden on Ringvall Avenue, where a brook runs through a bed of ferns, Mrs. Eira Kivimaa said she had planted nothing but native plants. The ferns had come from the woods behind the house. The trilliums had come from a neighbor's lot the week before the bulldozers arrived, she said.

The club's president, Mrs. Bengt O. Hallsten, said the club would publish a map of the six gardens next spring for visitors who could not come on the day of the tour. She said the club had been asked by garden clubs in three other towns to show them how the tour was run.

One visitor from Norrvik said she had come for the roses and stayed for the ferns.

Tea was served in the garden of Mrs. Fjellstad, where members of the junior garden club sold plants they had grown from seed. The juniors took in $62 for their own treasury, according to their adviser, Mrs. Ulla Bergsvik.

Mrs. Fjellstad said the tour would be held on the third Saturday in June again next year.
'''

T["clb05-emmaus-naomi-circle-rummage-sale.txt"] = '''
Church circle rummage sale clears $418

The rummage sale of the Naomi Circle of Emmaus Lutheran Church cleared $418 Saturday, the circle's treasurer, Mrs. Arne Solheimsvik, reported yesterday. It was the most the circle has taken in at a sale since it was organized in 1938.

The sale filled the parish hall and the church basement from 8 in the morning until 3 in the afternoon. The chairman, Mrs. Hjordis Rautakoski, who has run the sale for eleven years, said the doors had been opened ten minutes early because of the crowd on the steps.

"There were people waiting at 7 with shopping bags, and one woman had a wheelbarrow", she said.

Mrs. Rautakoski said the circle had collected the goods for a month from members and from families all over the parish. The men of the church had hauled furniture in their own trucks. One member had given a piano, which went for $25 to a dancing teacher from Ekelund, and another had given a complete set of the encyclopedia, which nobody wanted.

"We will have it again next year, I am afraid", she said. "An encyclopedia is the one thing you cannot give away in Storvik".

The circle's treasurer said children's clothing had brought in more than any other table, $131. Winter coats had sold out by 10 o'clock. She said men's suits were the slowest, as they are every year.

Mrs. Solheimsvik, whose husband is the church's sexton, added that the circle had sold four old pews that the church had taken out of the balcony in the spring. Two of them went to a restaurant in Norrvik, she said.

The pastor, the Rev. Sixten Hjortdahl, said the money would help pay for new hymnals for the Sunday school. "The ones the children use now were printed in 1926, and some of them have been mended with adhesive tape so often that they will not close", he said.

He said the congregation had voted in January to replace them, but had not found the money until now.

The circle's president, Mrs. Leif K. Dahlquist, said the circle had voted to give $100 of the proceeds to the church's mission hospital in Tanganyika and $300 to the hymnal fund. She said the rest would buy new curtains for the parish hall stage.

Mrs. Rautakoski's husband, Veikko Rautakoski, who drove one of the trucks, said he had carried the piano down the parish hall steps with three other men. "It went out easier than it came in, which is the only good thing I can say for it", he said.

One customer, a young mother carrying two bags of children's shoes, said she had dressed three children for the winter for $6.

Mrs. Rautakoski said that whatever was left at 3 o'clock had been given to the Salvation Army. Its truck came at 4, and by 5 the hall had been swept, she said.

"Next year we will put the encyclopedia out first, with a sign on it that says free", she said. "And we will see".

The circle will meet next on Tuesday evening at the home of Mrs. Ingegerd Tammisaari, 12 Hollvik Lane. Mrs. Tammisaari will show slides of the church's mission hospital in Tanganyika, which she visited last year. She will be assisted by Mrs. Toivo Karhumaki.
'''

T["clb06-hospital-auxiliary-fashion-show.txt"] = '''
Fashion show shows hemlines holding fast

Hemlines will stay just below the knee this fall, and the sack dress is gone for good, 420 women were told yesterday at the fall fashion show of the Storvik General Hospital Auxiliary.

The commentator, Mrs. Dagny Vesterhamn, fashion coordinator of the Almqvist-Berge Co., said the fall clothes were "the most wearable we have seen since the war". She said the store had chosen the 36 costumes shown to suit a woman who had to dress on a budget.

The show was held in the ballroom of the Hotel Skarvik, with a luncheon before it.

Mrs. Vesterhamn said the colors of the season were the browns and the deep greens. Red was out, except for evening. Gray, which had been everywhere last year, would be seen mostly in flannel suits for the woman who worked downtown.

Her verdict on the sack dress: "It is gone, and nobody in this room is going to miss it".

"The waistline is back where nature put it", she said as the first of the wool dresses came down the runway. "And the fabric is doing the work instead of the scissors".

Mrs. Vesterhamn said the big news was in coats. The fall coat was cut full, with large collars, and many had fur at the collar and cuffs. A woman who bought one good coat this year could wear it for five winters, she said.

She said hats would be smaller, and many women would wear none at all. The store had sold more head scarves last fall than hats, for the first time in its history.

For evening, Mrs. Vesterhamn said, the short dress had won over the long one. Velvet was the fabric of the season, in black, in bottle green and in a deep red the store called "claret". Long gloves were back, and so were the pearls that every woman's mother had put away in 1950.

Asked by a woman at one of the front tables whether the chemise would come back, Mrs. Vesterhamn replied that nothing a woman once wore ever came back "exactly as it went, thank heaven".

Twelve members of the auxiliary and two of their daughters modeled the clothes. The youngest model, Miss Kirsten Ollikkala, 17, wore a plaid jumper for school. She said she had never walked on a runway before "and I hope nobody noticed my knees shaking".

The auxiliary's president, Mrs. Arnfinn E. Haugvik, said the show had raised about $1,100 for the hospital's new children's ward. She said the auxiliary had pledged $10,000 toward the ward and had now raised $7,400 of it.

"We have two more years to find the rest, and we will find it", Mrs. Haugvik said.

Mrs. Haugvik thanked the store, the models and the hotel, which gave the use of the ballroom without charge. The new ward will have 24 beds and is to open in the fall of 1963, she said.

The chairman of the show, Mrs. Elin Saarinvaara, said tickets had been sold out for two weeks. She said 60 women had been turned away and the auxiliary would hold the show in a larger room next year.

Mrs. Vesterhamn closed the show with a word for the men who pay the bills. She said: "A good dress is cheaper than a bad one, because you wear it. Tell your husbands I said so".

Door prizes, a cashmere sweater and a silk scarf given by the store, were won by Mrs. Kalle Vuorimaa and Mrs. Signe Rudnes.
'''
