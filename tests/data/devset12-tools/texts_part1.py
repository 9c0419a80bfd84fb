# Hand-written article texts for devset12, part 1 (cul01-cul06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line.
# Style of the converted Brown category A texts: punctuation the paper printed
# inside a closing quote comes AFTER it ("...", he said.). Local cultural and
# community stories: no wire datelines.
T = {}

T["cul01-wintersett-gallery-opening.txt"] = '''
Harbor paintings fill Wintersett Gallery

The Wintersett Gallery opened its spring exhibition last night with 46 oils and drawings by Tancred Q. Mossgrove, the Lorrisford painter whose harbor pictures hang in three Eastern museums.

More than 300 persons crowded the two upper rooms for the opening, and the gallery's director, Miss Ysolde Tarrowby, said it was the largest crowd the gallery had drawn since it was founded in 1924.

"We hung the show for the people who live along the water, and they came", she said. "Some of them found their own boats on the walls".

Mossgrove, who is 58 and has painted the Lorrisford docks for more than 30 years, said he had never thought of himself as a painter of boats.

"I paint light on water. The boats just happen to be sitting in it", he said.

The largest canvas in the show, "Low Tide at Gammock Point", was lent by the Lorrisford Trust Co. Another, "The Oyster Fleet, November", was bought before the opening by a collector in Baltimore, according to Miss Tarrowby.

In a program note written for the exhibition, the painter calls the harbor "a workshop that has never been painted as a workshop". He says he has "no use for the postcard view of the sea, with a gull in every corner".

Along the waterfront, where he has kept a studio over a sail loft since 1931, Mossgrove is known as "the Commodore". He wore a yachting cap to the opening and took it off only to shake hands with the mayor.

Mayor Durward K. Ferriby said the city would ask the painter to lend two of the harbor canvases to City Hall "for as long as he can spare them". Mossgrove said he would think it over before the show closed.

The exhibition will remain open through May 14. Miss Tarrowby said the gallery would stay open until 9 p.m. on Thursdays while the show is up.
'''

T["cul02-brackenmoor-symphony-season.txt"] = '''
Symphony to add six concerts, first tour

The Brackenmoor Symphony Orchestra will play 24 subscription concerts next season, six more than this year, and will make its first tour outside the state, the Brackenmoor Symphony Society announced yesterday.

"The orchestra has earned a longer season, and the city has earned a better orchestra", said Sholto Ruthvenbrand, who has conducted it since 1954. "Next season we mean to give them both".

Ruthvenbrand told reporters at a luncheon in the Hotel Ambrelle that the tour would take the orchestra to eleven cities in four states during February.

Wilbraham T. Shotover, president of the society's board, said the added concerts would cost about $48,000, and that Mr. Ruthvenbrand had agreed to conduct all but three of them himself.

He said the board had raised $31,000 of the money from its members and would ask the City Council for the rest. "We are not asking the Council for charity", he said.

"We are asking it to pay for music the way it pays for parks and playgrounds, because music is used by as many people as either".

The conductor added that the season would open Oct. 5 and would include the first performance of "Three Rivers", a suite for orchestra by the Brackenmoor composer Gervase Pellcastle.

Pellcastle, who is in Rome on a fellowship, did not attend. In a letter read at the luncheon he wrote that the suite was "about the rivers as the barge men know them, not as the poets do".

The orchestra's first oboist, Miss Gudrun Abelhorst, will be the soloist in the second concert. Ruthvenbrand called her "the finest wind player this orchestra has ever had, and one of the finest anywhere".

The society said subscribers of this season would keep their present seats if they renewed by June 1. Season tickets will go on sale to the public June 5 at the box office of Quintard Hall.
'''

T["cul03-quarrendon-bishop-sermon.txt"] = '''
Bishop tells churches to go back to the city

The Rt. Rev. Aldhelm T. Kettleworth, bishop of the Diocese of Quarrendon, told 600 delegates to the diocesan convention last night that the churches had "run away to the suburbs and left the cities to the taverns".

The bishop preached the convention sermon in St. Wendreda's Cathedral, where the service opened with the hymn "O God, Our Help in Ages Past" sung by a choir of 200 from 41 parishes.

"Every congregation that has sold its old church downtown has told itself it was following its people", the bishop said. "It was following their money, and it still is".

He said:

"The city is still full of people. They are poorer and older than the people who left, and they are the kind of people our Lord spent his time with.

"I do not ask any parish to move back. I ask every parish to send something back -- a teacher, a nurse, a dollar, an hour".

"The bishop has said what most of us have been afraid to say out loud", said the Rev. Alwyn M. Threapwood, rector of the Church of the Epiphany in Ellsmere. Mr. Threapwood said his parish would vote next month on giving one-tenth of its income to city missions.

Not every delegate agreed. Ulick P. Wrathall, senior warden of St. Cuthman's Church in Fenchapel, stopped Mr. Threapwood at the door of the hall afterward and argued with him for a quarter of an hour. He told a reporter the suburban parishes already gave more than half of the diocese's mission money.

"We are not running away from anybody. We built where the children were", he said.

The convention voted 311 to 204 to create a city mission fund of $250,000, to be raised over three years.

The diocese said in a statement issued after the vote that the first grants would go to three downtown churches in Quarrendon, and that a priest would be named to direct the fund by Sept. 1.
'''

T["cul04-swannock-high-school-site.txt"] = '''
School board split on site for new high school

The Swannock Board of Education argued for three hours last night over where to build the city's second high school, and then put off a vote for two weeks.

Dr. Ebenezer K. Fettiplace, superintendent of schools, said Swannock High School would have 2,400 pupils by 1965 in a building meant for 1,500. "We are already teaching chemistry in a hallway", he said. "In four years we will be teaching it on the lawn".

The superintendent told the board he favored a 40-acre tract on Sallowfield Road, north of the city, because the land was cheap and the city was growing that way.

Two board members, Warrick F. Larrabee and Lovell Brockhurst, spoke against the north site. Larrabee said it would "put the school where the voters will be in 1975 and leave the children of 1962 on buses".

Brockhurst, who has served on the board since 1949, said the board should buy the old Tannery tract on the east side "before somebody puts a shopping center on it".

Mrs. Tristram J. Haveline, president of the Swannock Council of Parent-Teacher Associations, told the board that her council had polled 1,900 families and that two-thirds of them wanted the east side site.

Dr. Fettiplace asked Mrs. Haveline whether the families had been told what the east side land would cost. She answered that the council had given the parents both prices and that most of them "would rather pay for the land than for the buses".

"Nobody in our council wants a fight with the board", Mrs. Haveline said. "We want a school our children can walk to".

The board's president, Oriel V. Scrivenor, said he would not cast his own vote until the land had been appraised. He called the Sallowfield Road price "a figure somebody wrote on an envelope".

The board said in a resolution adopted at the end of the meeting that it would hire an independent firm to appraise both tracts before Nov. 20.

About 150 parents attended. Several carried signs reading "Walk, Don't Ride".
'''

T["cul05-tressingham-commencement.txt"] = '''
812 graduate at Tressingham University

The president of a small Western college told 812 graduates of Tressingham University yesterday that the country needed "fewer experts and more amateurs who know what they do not know".

The speaker, Dr. Emrys M. Vandeleur of Ashburnham College, gave the 94th commencement address in the university's Memorial Field House before about 5,000 parents and friends. He said:

"You have been taught for four years by men who know a great deal about very little. That is how a university must work, and I do not apologize for it.

"But the world you are going into will ask you questions that no department owns. It will not care what your major was.

"When that happens, I hope you will have the courage to say that you do not know, and the patience to find out".

The university gave honorary degrees to Dr. Vandeleur and four others. The citations were written and read by the university's president, Dr. Nahum T. Wrenfield. The one for Miss Clarimond Ashdown called her "a teacher of teachers, who never left the classroom to tell others how to stay in it".

Dr. Wrenfield and Miss Ashdown led the academic procession across the campus in a light rain. She said later that she had walked in her first Tressingham procession in 1919, as a graduate, and that the rain had been worse that year.

Miss Ashdown, who taught Latin at Tressingham Central High School for 41 years, said she had "never expected to wear a hood anywhere except in a rainstorm".

Dr. Wrenfield told reporters after the ceremony that the class was the largest in the university's history and that 310 of its members planned to go on to graduate school.

He said the university would break ground in August for a new library, the first building on the campus since 1952.
'''

T["cul06-kestleton-library-bonds.txt"] = '''
Library bond campaign opens

A citizens' committee opened its campaign yesterday for the $2.4 million library bond issue that Kestleton voters will decide Nov. 7.

"A city that will spend $6 million on a stadium ought to be able to spend $2 million on books", said Mrs. Amyas H. Gillingwater, chairman of the Citizens for a Better Library.

Mrs. Gillingwater said the present main library on Vellacott Street was built in 1903 "for a city one-third the size of this one".

The library has room on its shelves for 180,000 books and owns 265,000, according to the city librarian, Miss Euphemia V. Crewdson. The rest, she said, are packed in boxes in the basement of the old Armory and in two rented garages.

Mayor Septimus D. Wraxall, who toured the garages with Miss Crewdson last week, said he had found "the best books in Kestleton sitting next to a lawn mower".

The Kestleton Taxpayers League said in a statement that the bonds would raise the tax rate by 61 cents on each $100 of assessed value. It called the architect's design for the new building "a marble monument to the architect".

The league's president, Benedick R. Nettleship, told reporters the league was not against books or libraries. "We are against marble, and we are against waste", he said.

Mrs. Gillingwater answered that the building would be faced with local limestone, "which is cheaper than marble and a great deal cheaper than ignorance".

Miss Crewdson said the new building would have a children's room three times the size of the present one, a room of phonograph records to lend, and parking for 120 cars. She told the committee's opening luncheon that the library had lent 412,000 books last year, "more than any library of its size in the state".

The committee plans to ring 11,000 doorbells before election day. Its slogan is "A Book for Every Shelf".
'''
