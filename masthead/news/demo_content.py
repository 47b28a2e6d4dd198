"""Demo content for Masthead: The Pristan Courier.

Everything in this module is invented. Pristan, Pristan Oblast, its districts,
towns, villages, people, organisations and events are fictional. Any
resemblance to real persons, places or outlets is coincidental.

Pure data, read by the ``load_demo`` management command.
"""

from __future__ import annotations

AUTHORS: list[dict] = [
    {
        "slug": "olena-marchuk",
        "name": "Olena Marchuk",
        "role": "Reporter, city politics",
        "bio": "Olena Marchuk covers Pristan City Council, the mayor’s office and the Lower Town by-election. Before joining the Courier she spent six years at a district newspaper in Krutohir, where she learned to read a municipal budget line by line. She attends every council session in person, including the ones held in the basement. Tips about public procurement are always welcome.",
        "links": [
            {"label": "Email", "url": "mailto:olena.marchuk@example.org"},
            {"label": "Mastodon", "url": "https://example.social/@olena_marchuk"},
        ],
        "uk": {
            "name": "Олена Марчук",
            "role": "Репортерка, міська політика",
            "bio": "Олена Марчук висвітлює роботу Пристанської міської ради, мерії та довибори в Нижньому Місті. До «Кур’єра Пристані» шість років працювала в районній газеті в Крутогорі, де навчилася читати міський бюджет рядок за рядком. Відвідує кожне засідання ради особисто, зокрема й ті, що проходять у підвалі. Завжди рада інформації про публічні закупівлі.",
        },
    },
    {
        "slug": "taras-hnatiuk",
        "name": "Taras Hnatiuk",
        "role": "Energy and infrastructure reporter",
        "bio": "Taras Hnatiuk writes about power, heat, water and the bridges that hold Pristan together. A former electrical engineer, he explains blackout schedules and substation repairs in plain language. He also maintains the Courier’s log of air-raid alerts. He lives in Mlynky and charges his laptop wherever he can.",
        "links": [
            {"label": "Email", "url": "mailto:taras.hnatiuk@example.org"},
            {"label": "Mastodon", "url": "https://example.social/@thnatiuk"},
        ],
        "uk": {
            "name": "Тарас Гнатюк",
            "role": "Репортер, енергетика та інфраструктура",
            "bio": "Тарас Гнатюк пише про світло, тепло, воду та мости, які тримають Пристань разом. Колишній інженер-електрик, він простою мовою пояснює графіки відключень і ремонти підстанцій. Також веде редакційний журнал повітряних тривог. Живе в Млинках і заряджає ноутбук там, де вдається.",
        },
    },
    {
        "slug": "iryna-pylypenko",
        "name": "Iryna Pylypenko",
        "role": "Culture and education reporter",
        "bio": "Iryna Pylypenko reports on schools, theatres, libraries and the people who keep them open. She previously taught literature at a secondary school in Solonyi Brid. Her reporting focuses on how children and teachers adapt to lessons interrupted by sirens. She also edits the Courier’s weekend listings.",
        "links": [
            {"label": "Email", "url": "mailto:iryna.pylypenko@example.org"},
            {"label": "Mastodon", "url": "https://example.social/@ipylypenko"},
        ],
        "uk": {
            "name": "Ірина Пилипенко",
            "role": "Репортерка, культура та освіта",
            "bio": "Ірина Пилипенко пише про школи, театри, бібліотеки та людей, які не дають їм зачинитися. Раніше викладала літературу в школі в Солоному Броді. Її тексти розповідають про те, як діти й учителі пристосовуються до уроків, які переривають сирени. Також редагує афішу вихідних «Кур’єра Пристані».",
        },
    },
    {
        "slug": "maksym-bondar",
        "name": "Maksym Bondar",
        "role": "Photographer",
        "bio": "Maksym Bondar is the Courier’s staff photographer. He has documented Pristan’s riverfront for more than a decade, first as a freelancer and now for the newsroom. His recent work follows repair crews, volunteers and market traders on Lozovyi Island and in Mlynky. He does not photograph the faces of people who ask not to be shown.",
        "links": [
            {"label": "Email", "url": "mailto:maksym.bondar@example.org"},
            {"label": "Mastodon", "url": "https://example.social/@mbondar_photo"},
        ],
        "uk": {
            "name": "Максим Бондар",
            "role": "Фотограф",
            "bio": "Максим Бондар — штатний фотограф «Кур’єра Пристані». Понад десять років знімає пристанську набережну: спершу як фрилансер, тепер для редакції. Його останні роботи присвячені ремонтним бригадам, волонтерам і торговцям на Лозовому острові та в Млинках. Він не фотографує облич людей, які просять їх не показувати.",
        },
    },
    {
        "slug": "nadiia-levchuk",
        "name": "Nadiia Levchuk",
        "role": "Editor-in-chief",
        "bio": "Nadiia Levchuk co-founded The Pristan Courier and leads its editorial team. She is responsible for the newsroom’s verification standards and its corrections policy. Earlier in her career she worked as a court reporter and as a fact-checker. She writes occasional long-form features and the weekly letter to readers.",
        "links": [
            {"label": "Email", "url": "mailto:nadiia.levchuk@example.org"},
            {"label": "Mastodon", "url": "https://example.social/@nlevchuk"},
        ],
        "uk": {
            "name": "Надія Левчук",
            "role": "Головна редакторка",
            "bio": "Надія Левчук — співзасновниця «Кур’єра Пристані» та керівниця редакції. Вона відповідає за стандарти перевірки інформації та політику виправлень. Раніше працювала судовою репортеркою і фактчекеркою. Час від часу пише великі репортажі та щотижневий лист читачам.",
        },
    },
    {
        "slug": "andrii-savchuk",
        "name": "Andrii Savchuk",
        "role": "Regional correspondent",
        "bio": "Andrii Savchuk covers the towns and villages of Pristan Oblast, from Krutohir to Solonyi Brid. He travels by bus, ferry and, when neither runs, by bicycle. His reporting focuses on returning residents, local budgets and the farms along the river. He grew up in Ozerna Hreblia and still keeps bees there.",
        "links": [
            {"label": "Email", "url": "mailto:andrii.savchuk@example.org"},
            {"label": "Mastodon", "url": "https://example.social/@asavchuk"},
        ],
        "uk": {
            "name": "Андрій Савчук",
            "role": "Регіональний кореспондент",
            "bio": "Андрій Савчук висвітлює міста й села Пристанської області — від Крутогора до Солоного Броду. Їздить автобусом, поромом, а коли не ходить ні те, ні інше, — велосипедом. Пише про тих, хто повертається додому, про місцеві бюджети та господарства вздовж річки. Виріс в Озерній Греблі й досі тримає там бджіл.",
        },
    },
]

TOPICS: list[dict] = [
    {
        "slug": "lower-town",
        "name": "Lower Town",
        "kind": "place",
        "description": "Pristan’s old riverfront district of warehouses, the embankment, the port and the drama theatre.",
        "uk": {
            "name": "Нижнє Місто",
            "description": "Старий прибережний район Пристані: склади, набережна, порт і драмтеатр.",
        },
    },
    {
        "slug": "lozovyi-island",
        "name": "Lozovyi Island",
        "kind": "place",
        "description": "A residential island in the Ostrivna river, linked to Lower Town by the Lotsman Bridge.",
        "uk": {
            "name": "Лозовий острів",
            "description": "Житловий острів на річці Острівній, з’єднаний із Нижнім Містом Лоцманським мостом.",
        },
    },
    {
        "slug": "mlynky",
        "name": "Mlynky",
        "kind": "place",
        "description": "Pristan’s largest residential district, a grid of high-rise blocks on the northern bank.",
        "uk": {
            "name": "Млинки",
            "description": "Найбільший житловий район Пристані — квартали багатоповерхівок на північному березі.",
        },
    },
    {
        "slug": "krutohir",
        "name": "Krutohir",
        "kind": "place",
        "description": "A hillside market town upstream from Pristan, with a grain elevator and surrounding villages.",
        "uk": {
            "name": "Крутогір",
            "description": "Містечко на пагорбах вище за течією від Пристані, з елеватором і навколишніми селами.",
        },
    },
    {
        "slug": "solonyi-brid",
        "name": "Solonyi Brid",
        "kind": "place",
        "description": "A river town downstream from Pristan, known for its ferry crossing and fishing cooperatives.",
        "uk": {
            "name": "Солоний Брід",
            "description": "Річкове містечко нижче за течією від Пристані, відоме поромною переправою та рибальськими кооперативами.",
        },
    },
    {
        "slug": "energy",
        "name": "Energy",
        "kind": "subject",
        "description": "Power outages, heating, water supply and the repair of the grid.",
        "uk": {
            "name": "Енергетика",
            "description": "Відключення світла, опалення, водопостачання та відновлення мереж.",
        },
    },
    {
        "slug": "city-council",
        "name": "City council",
        "kind": "subject",
        "description": "Decisions, budgets and disputes at Pristan City Council and the mayor’s office.",
        "uk": {
            "name": "Міська рада",
            "description": "Рішення, бюджети та суперечки в Пристанській міській раді та мерії.",
        },
    },
    {
        "slug": "reconstruction",
        "name": "Reconstruction",
        "kind": "subject",
        "description": "Rebuilding homes, bridges and public buildings, and how the money is spent.",
        "uk": {
            "name": "Відбудова",
            "description": "Відновлення житла, мостів і громадських будівель та те, як витрачаються кошти.",
        },
    },
    {
        "slug": "elections",
        "name": "Elections",
        "kind": "subject",
        "description": "The Lower Town by-election, its candidates and how voting works in wartime.",
        "uk": {
            "name": "Вибори",
            "description": "Довибори в Нижньому Місті, кандидати та те, як голосують під час війни.",
        },
    },
    {
        "slug": "culture",
        "name": "Culture",
        "kind": "subject",
        "description": "Theatre, music, museums, libraries and the people who keep them going.",
        "uk": {
            "name": "Культура",
            "description": "Театр, музика, музеї, бібліотеки та люди, завдяки яким вони працюють.",
        },
    },
    {
        "slug": "education",
        "name": "Education",
        "kind": "subject",
        "description": "Schools, kindergartens and colleges learning to teach between air-raid alerts.",
        "uk": {
            "name": "Освіта",
            "description": "Школи, садочки та коледжі, які вчаться навчати між повітряними тривогами.",
        },
    },
    {
        "slug": "air-defence",
        "name": "Air defence",
        "kind": "subject",
        "description": "Attacks, air-raid alerts, shelters and civil protection in Pristan and the oblast.",
        "uk": {
            "name": "Протиповітряна оборона",
            "description": "Атаки, повітряні тривоги, укриття та цивільний захист у Пристані й області.",
        },
    },
]

ARTICLES: list[dict] = [
    {
        "slug": "drone-attack-damages-mlynky-substation",
        "headline": "Overnight drone attack damages substation in Mlynky, leaving 14,000 households without power",
        "standfirst": "Repair crews expect to restore supply to most of the district by Thursday evening. Hospitals and water pumps have been switched to backup lines.",
        "authors": ["taras-hnatiuk"],
        "topics": ["energy", "mlynky", "air-defence"],
        "hours_ago": 2,
        "verification": "verified",
        "verification_note": "Damage to the substation was confirmed by a Courier reporter at the site and by the grid operator.",
        "sourcing": "Based on a statement from Pristanoblenergo, a briefing by the regional military administration and a visit to the site by our reporter.",
        "hero": {
            "caption": "Repair crews at the damaged substation on Vodoprovidna Street in Mlynky on Thursday morning.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "Workers in orange helmets stand beside a scorched transformer behind a wire fence.",
        },
        "body": [
            (
                "paragraph",
                "A drone attack in the early hours of Thursday damaged a substation in Mlynky, cutting power to about 14,000 households in Pristan’s largest residential district, according to the regional grid operator Pristanoblenergo.",
            ),
            (
                "paragraph",
                "The alert sounded at 02:40 and lasted a little under two hours. Residents on Vodoprovidna Street described a loud explosion followed by a flash and then darkness across several blocks. No one was injured, the regional military administration said in its morning briefing.",
            ),
            (
                "paragraph",
                "By mid-morning, crews had fenced off one of the two transformers, which was visibly burned. Kateryna Moroz, a spokesperson for Pristanoblenergo, said the second transformer was intact but had to be checked before it could carry the full load.",
            ),
            (
                "quote",
                {
                    "text": "We are switching the district over in stages. The hospital, the water pumping stations and the bakeries come first, then the residential blocks.",
                    "attribution": "Kateryna Moroz, spokesperson for Pristanoblenergo",
                },
            ),
            (
                "paragraph",
                "The company expects most households to have electricity again by Thursday evening, although it warned that scheduled outages in Mlynky could be longer than usual for the rest of the week. Water pressure on upper floors may be low until the pumps run on a stable supply.",
            ),
            (
                "paragraph",
                "The city has opened four heated resilience points in Mlynky, in the library on Sadova Street and in three school buildings, where residents can charge phones and get hot drinks. The list is updated on the city’s website and on the Courier’s live page.",
            ),
        ],
        "uk": {
            "headline": "Нічна атака дронів пошкодила підстанцію в Млинках: без світла 14 тисяч домогосподарств",
            "standfirst": "Ремонтники розраховують повернути електропостачання більшій частині району до вечора четверга. Лікарні та водонасосні станції перевели на резервні лінії.",
            "body": [
                (
                    "paragraph",
                    "Атака дронів у ніч на четвер пошкодила підстанцію в Млинках, через що без електроенергії залишилися близько 14 тисяч домогосподарств у найбільшому житловому районі Пристані, повідомив регіональний оператор мереж «Пристаньобленерго».",
                ),
                (
                    "paragraph",
                    "Тривога пролунала о 02:40 і тривала трохи менше двох годин. Мешканці вулиці Водопровідної розповіли про гучний вибух, спалах, а потім темряву в кількох кварталах. Ніхто не постраждав, повідомила обласна військова адміністрація на ранковому брифінгу.",
                ),
                (
                    "paragraph",
                    "До середини ранку бригади огородили один із двох трансформаторів, який помітно обгорів. Речниця «Пристаньобленерго» Катерина Мороз сказала, що другий трансформатор неушкоджений, але його треба перевірити, перш ніж дати на нього повне навантаження.",
                ),
                (
                    "quote",
                    {
                        "text": "Ми підключаємо район поетапно. Спершу лікарня, водонасосні станції та пекарні, потім житлові квартали.",
                        "attribution": "Катерина Мороз, речниця «Пристаньобленерго»",
                    },
                ),
                (
                    "paragraph",
                    "Компанія очікує, що більшість домогосподарств отримає світло до вечора четверга, але попереджає, що планові відключення в Млинках до кінця тижня можуть бути довшими, ніж зазвичай. Тиск води на верхніх поверхах може бути слабким, доки насоси не запрацюють від стабільного живлення.",
                ),
                (
                    "paragraph",
                    "Місто відкрило в Млинках чотири пункти незламності з опаленням — у бібліотеці на вулиці Садовій і в трьох школах. Там можна зарядити телефон і випити гарячого. Перелік оновлюється на сайті міськради та на сторінці онлайн-трансляції «Кур’єра Пристані».",
                ),
            ],
            "hero_caption": "Ремонтні бригади біля пошкодженої підстанції на вулиці Водопровідній у Млинках у четвер зранку.",
            "hero_alt": "Робітники в помаранчевих касках стоять біля обгорілого трансформатора за сітчастим парканом.",
        },
    },
    {
        "slug": "lower-town-by-election-polling-stations-shelters",
        "headline": "Lower Town by-election: polling stations to move into shelters on voting day",
        "standfirst": "The territorial election commission says all seven polling stations will operate below ground. Voting will pause during air-raid alerts and resume when they end.",
        "authors": ["olena-marchuk"],
        "topics": ["elections", "lower-town", "city-council"],
        "hours_ago": 5,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a resolution of the territorial election commission published on Tuesday and an interview with its chair.",
        "hero": {
            "caption": "Ballot boxes stored in the basement of School No. 3, which will serve as a polling station.",
            "credit": "Pristan Courier",
            "illustrative": False,
            "alt": "Transparent ballot boxes stacked against a painted brick wall under a strip light.",
        },
        "body": [
            (
                "paragraph",
                "All seven polling stations for the Lower Town by-election will operate in shelters on voting day, the territorial election commission decided on Tuesday.",
            ),
            (
                "paragraph",
                "The stations will be set up in the basements of two schools, the riverport administration building, the drama theatre and three residential blocks whose shelters were inspected last month. Addresses will be posted at every bus stop in the constituency and published by the commission.",
            ),
            (
                "paragraph",
                "If an air-raid alert is declared while polls are open, voting will stop, ballot boxes will be sealed in the presence of observers and the count of issued ballots will be recorded. Voting will resume once the alert ends. The closing time will not be extended.",
            ),
            (
                "quote",
                {
                    "text": "Our task is to make sure that a person can vote and stay safe. Nobody should have to choose between the two.",
                    "attribution": "Dmytro Oliinyk, chair of the territorial election commission",
                },
            ),
            (
                "paragraph",
                "Candidates’ representatives asked the commission to allow more observers inside each shelter. The commission agreed to up to two observers per candidate, citing limited space.",
            ),
            (
                "paragraph",
                "Around 9,800 voters are registered in the constituency, which covers the embankment, the port and the old warehouse quarter. The seat has been vacant since the resignation of councillor Vasyl Honchar in the spring.",
            ),
        ],
        "uk": {
            "headline": "Довибори в Нижньому Місті: у день голосування дільниці працюватимуть в укриттях",
            "standfirst": "Територіальна виборча комісія каже, що всі сім дільниць працюватимуть під землею. Під час повітряних тривог голосування призупинятимуть і відновлюватимуть після відбою.",
            "body": [
                (
                    "paragraph",
                    "Усі сім виборчих дільниць на довиборах у Нижньому Місті в день голосування працюватимуть в укриттях, вирішила територіальна виборча комісія у вівторок.",
                ),
                (
                    "paragraph",
                    "Дільниці облаштують у підвалах двох шкіл, адміністративної будівлі річкового порту, драмтеатру та трьох житлових будинків, укриття яких перевірили минулого місяця. Адреси розмістять на кожній зупинці в окрузі, а також оприлюднить комісія.",
                ),
                (
                    "paragraph",
                    "Якщо під час голосування оголосять повітряну тривогу, голосування зупинять, скриньки опечатають у присутності спостерігачів і зафіксують кількість виданих бюлетенів. Після відбою голосування відновиться. Час завершення не продовжуватимуть.",
                ),
                (
                    "quote",
                    {
                        "text": "Наше завдання — зробити так, щоб людина могла проголосувати й залишитися в безпеці. Ніхто не має вибирати між одним і другим.",
                        "attribution": "Дмитро Олійник, голова територіальної виборчої комісії",
                    },
                ),
                (
                    "paragraph",
                    "Представники кандидатів просили комісію допустити більше спостерігачів у кожне укриття. Комісія погодилася на двох спостерігачів від кандидата, пославшись на брак місця.",
                ),
                (
                    "paragraph",
                    "В окрузі, що охоплює набережну, порт і старий складський квартал, зареєстровано близько 9 800 виборців. Мандат вакантний від весни, коли склав повноваження депутат Василь Гончар.",
                ),
            ],
            "hero_caption": "Виборчі скриньки в підвалі школи № 3, де працюватиме виборча дільниця.",
            "hero_alt": "Прозорі виборчі скриньки, складені біля пофарбованої цегляної стіни під лампою денного світла.",
        },
    },
    {
        "slug": "residents-report-explosion-near-krutohir-elevator",
        "headline": "Residents report explosion near Krutohir grain elevator; officials have not commented",
        "standfirst": "Several people in the town described a blast and a fire on Wednesday night. The Courier could not independently verify what happened.",
        "authors": ["andrii-savchuk"],
        "topics": ["krutohir", "air-defence"],
        "hours_ago": 9,
        "verification": "not_verified",
        "verification_note": "Eyewitness accounts only. No official confirmation; our correspondent was not able to reach the site.",
        "sourcing": "Based on phone interviews with four Krutohir residents and a photograph shared with the Courier by one of them. The community administration and the elevator’s owner did not respond by the time of publication.",
        "hero": {
            "caption": "For illustrative purposes only. Grain silos on the outskirts of Krutohir, photographed last year.",
            "credit": "Pristan Courier archive",
            "illustrative": True,
            "alt": "Tall grey concrete silos against a pale evening sky with a field in the foreground.",
        },
        "body": [
            (
                "paragraph",
                "Residents of Krutohir reported hearing a loud explosion near the town’s grain elevator late on Wednesday, followed by a fire that was visible from the hills above the river.",
            ),
            (
                "claim",
                {
                    "text": "Four residents told the Courier that the blast happened shortly after 23:00, during an air-raid alert, and that flames could be seen for about half an hour at the eastern end of the elevator complex.",
                    "status": "not_verified",
                    "note": "The accounts are consistent with each other, but we have not been able to confirm them with officials or visit the site.",
                    "source": "Krutohir residents, by phone",
                },
            ),
            (
                "paragraph",
                "One resident sent the Courier a photograph showing an orange glow behind a row of poplars. The image does not show the elevator itself, and its exact location could not be established.",
            ),
            (
                "paragraph",
                "The Krutohir community administration did not answer calls on Thursday morning. The regional military administration’s morning briefing mentioned attacks in the oblast overnight but did not name Krutohir.",
            ),
            (
                "paragraph",
                "The elevator, one of the largest in the oblast, stores grain from farms across the upper river valley. Its owner, the agricultural company Krutohirzerno, did not respond to a written request for comment.",
            ),
            (
                "paragraph",
                "The Courier will update this story when officials confirm or deny the reports.",
            ),
        ],
        "uk": {
            "headline": "Мешканці повідомляють про вибух біля елеватора в Крутогорі; посадовці не коментують",
            "standfirst": "Кілька людей у місті розповіли про вибух і пожежу в середу ввечері. «Кур’єр Пристані» не зміг незалежно перевірити, що сталося.",
            "body": [
                (
                    "paragraph",
                    "Мешканці Крутогора повідомили, що пізно ввечері в середу чули гучний вибух біля міського елеватора, після чого спалахнула пожежа, яку було видно з пагорбів над річкою.",
                ),
                (
                    "claim",
                    {
                        "text": "Четверо мешканців розповіли «Кур’єру Пристані», що вибух стався невдовзі після 23:00, під час повітряної тривоги, і що полум’я було видно близько пів години у східній частині елеваторного комплексу.",
                        "status": "not_verified",
                        "note": "Свідчення узгоджуються між собою, але ми не змогли підтвердити їх у посадовців чи побувати на місці.",
                        "source": "Мешканці Крутогора, телефоном",
                    },
                ),
                (
                    "paragraph",
                    "Одна з мешканок надіслала редакції фото, на якому видно помаранчеве світіння за рядом тополь. Сам елеватор на знімку не видно, і точне місце зйомки встановити не вдалося.",
                ),
                (
                    "paragraph",
                    "Адміністрація Крутогірської громади в четвер зранку не відповідала на дзвінки. На ранковому брифінгу обласна військова адміністрація згадала про нічні атаки в області, але Крутогір не називала.",
                ),
                (
                    "paragraph",
                    "Елеватор, один із найбільших в області, зберігає зерно з господарств усієї верхньої долини річки. Його власник, агрокомпанія «Крутогірзерно», не відповіла на письмовий запит.",
                ),
                (
                    "paragraph",
                    "«Кур’єр Пристані» оновить цей матеріал, щойно посадовці підтвердять або спростують ці повідомлення.",
                ),
            ],
            "hero_caption": "Ілюстративне фото. Зернові силоси на околиці Крутогора, знімок минулого року.",
            "hero_alt": "Високі сірі бетонні силоси на тлі блідого вечірнього неба, на передньому плані поле.",
        },
    },
    {
        "slug": "drama-theatre-first-premiere-underground",
        "headline": "Pristan Drama Theatre prepares its first full-length premiere since moving underground",
        "standfirst": "The company has rebuilt its stage in the basement of the old customs house. Tickets for the opening weekend sold out in a day.",
        "authors": ["iryna-pylypenko"],
        "topics": ["culture", "lower-town"],
        "hours_ago": 14,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a visit to a rehearsal and interviews with the theatre’s director and cast.",
        "hero": {
            "caption": "Actors rehearse in the basement of the former customs house on the Lower Town embankment.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "Two actors in everyday clothes rehearse on a low wooden platform lit by a single spotlight, with brick arches behind them.",
        },
        "body": [
            (
                "paragraph",
                "For almost a year, the Pristan Drama Theatre has performed short programmes of songs and readings in whatever space it could find. Next Saturday it will open its first full-length production since leaving its main building on the embankment, in a basement hall that seats 120 people.",
            ),
            (
                "paragraph",
                "The play, “The Lighthouse Keeper’s Winter”, was written for the company by a local author and tells the story of a family that refuses to leave a river island during a hard winter. Rehearsals began in late summer and have been interrupted, by the company’s count, 43 times by air-raid alerts.",
            ),
            (
                "quote",
                {
                    "text": "We rehearse, the siren goes, we walk three metres to the shelter corridor and continue the scene there. The actors know the text better than ever.",
                    "attribution": "Petro Zhuravel, artistic director of Pristan Drama Theatre",
                },
            ),
            (
                "paragraph",
                "The basement belongs to the former customs house, a city-owned building two blocks from the theatre. Volunteers from the theatre’s audience club installed ventilation and built a raised stage from timber donated by a sawmill in Krutohir.",
            ),
            (
                "paragraph",
                "Because the hall is also a shelter, performances will not stop during alerts. The audience will be told at the start of each show that anyone who wishes to move to the deeper part of the basement can do so at any time.",
            ),
            (
                "paragraph",
                "Tickets for the first four performances sold out within a day. The theatre says it will add dates in December and reserve a block of free seats for volunteers and medical staff.",
            ),
        ],
        "uk": {
            "headline": "Пристанський драмтеатр готує першу повноцінну прем’єру після переїзду під землю",
            "standfirst": "Трупа заново збудувала сцену в підвалі старої митниці. Квитки на вихідні прем’єри розкупили за день.",
            "body": [
                (
                    "paragraph",
                    "Майже рік Пристанський драматичний театр показував короткі програми пісень і читань там, де вдавалося знайти місце. Наступної суботи він відкриє першу повноцінну виставу відтоді, як залишив головну будівлю на набережній, — у підвальній залі на 120 глядачів.",
                ),
                (
                    "paragraph",
                    "П’єсу «Зима доглядача маяка» написав для трупи місцевий автор. Вона розповідає про родину, яка відмовляється покидати річковий острів суворої зими. Репетиції почалися наприкінці літа, і, за підрахунками трупи, їх 43 рази переривали повітряні тривоги.",
                ),
                (
                    "quote",
                    {
                        "text": "Ми репетируємо, лунає сирена, ми проходимо три метри до коридору-укриття і продовжуємо сцену там. Актори знають текст краще, ніж будь-коли.",
                        "attribution": "Петро Журавель, художній керівник Пристанського драмтеатру",
                    },
                ),
                (
                    "paragraph",
                    "Підвал належить колишній митниці — комунальній будівлі за два квартали від театру. Волонтери з глядацького клубу театру встановили вентиляцію і змайстрували підвищену сцену з деревини, яку подарувала пилорама з Крутогора.",
                ),
                (
                    "paragraph",
                    "Оскільки зала водночас є укриттям, вистави під час тривог не зупинятимуть. На початку кожного показу глядачам повідомлять, що будь-хто може будь-коли перейти в глибшу частину підвалу.",
                ),
                (
                    "paragraph",
                    "Квитки на перші чотири покази розкупили за добу. Театр обіцяє додати дати в грудні та залишати частину безкоштовних місць для волонтерів і медиків.",
                ),
            ],
            "hero_caption": "Актори репетирують у підвалі колишньої митниці на набережній Нижнього Міста.",
            "hero_alt": "Двоє акторів у повсякденному одязі репетирують на низькому дерев’яному помості під одним прожектором, позаду цегляні арки.",
        },
    },
    {
        "slug": "council-approves-lozovyi-island-water-main-repairs",
        "headline": "City council approves emergency repairs to Lozovyi Island water main",
        "standfirst": "Councillors voted to spend 18.4 million hryvnias on replacing a pipe damaged in a strike last month. Residents have relied on water trucks since then.",
        "authors": ["olena-marchuk"],
        "topics": ["city-council", "lozovyi-island", "reconstruction"],
        "hours_ago": 20,
        "verification": "verified",
        "verification_note": "Vote count confirmed from the council’s published voting record.",
        "sourcing": "Based on the council session, which the Courier attended, and the published voting record.",
        "hero": {
            "caption": "Water is distributed from a tanker on Verbova Street, Lozovyi Island.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "Residents holding plastic canisters queue beside a blue water tanker on a tree-lined street.",
        },
        "body": [
            (
                "paragraph",
                "Pristan City Council on Wednesday approved emergency funding to replace a section of the water main that supplies Lozovyi Island, five weeks after the pipe was damaged during a strike on the riverbank.",
            ),
            (
                "paragraph",
                "The decision passed with 31 votes in favour, none against and two abstentions. The work, estimated at 18.4 million hryvnias, will be carried out by the municipal utility Pristan Vodokanal without a tender, which the law allows for emergency repairs.",
            ),
            (
                "paragraph",
                "Since the damage, about 6,000 island residents have received water from tankers twice a day and from a temporary pipe laid along the Lotsman Bridge. The temporary pipe does not provide enough pressure for buildings above four storeys.",
            ),
            (
                "quote",
                {
                    "text": "Every week without this pipe costs us more in tanker fuel than the repair itself. We should have done this a month ago.",
                    "attribution": "Bohdan Yaremchuk, councillor, Pristan Together faction",
                },
            ),
            (
                "paragraph",
                "The mayor’s office said the delay was caused by the need to wait for the riverbank to be cleared of unexploded ordnance. Vodokanal expects the work to take three weeks if weather allows.",
            ),
            (
                "paragraph",
                "Councillors also asked the utility to publish weekly progress reports, which it agreed to do.",
            ),
        ],
        "uk": {
            "headline": "Міськрада схвалила аварійний ремонт водогону на Лозовому острові",
            "standfirst": "Депутати проголосували за 18,4 мільйона гривень на заміну труби, пошкодженої під час удару минулого місяця. Відтоді мешканці покладаються на водовози.",
            "body": [
                (
                    "paragraph",
                    "Пристанська міська рада в середу схвалила аварійне фінансування заміни ділянки водогону, що постачає воду на Лозовий острів, — через п’ять тижнів після того, як трубу пошкодило під час удару по березі.",
                ),
                (
                    "paragraph",
                    "Рішення ухвалили 31 голосом «за», без голосів «проти», двоє депутатів утрималися. Роботи вартістю приблизно 18,4 мільйона гривень виконає комунальне підприємство «Пристаньводоканал» без тендеру, що закон дозволяє для аварійних ремонтів.",
                ),
                (
                    "paragraph",
                    "Після пошкодження близько 6 тисяч мешканців острова отримують воду з водовозів двічі на день і тимчасовою трубою, прокладеною Лоцманським мостом. Тимчасова труба не дає достатнього тиску для будинків, вищих за чотири поверхи.",
                ),
                (
                    "quote",
                    {
                        "text": "Кожен тиждень без цієї труби коштує нам більше на пальне для водовозів, ніж сам ремонт. Треба було зробити це місяць тому.",
                        "attribution": "Богдан Яремчук, депутат, фракція «Разом за Пристань»",
                    },
                ),
                (
                    "paragraph",
                    "У мерії пояснили затримку тим, що треба було дочекатися, поки берег очистять від вибухонебезпечних предметів. У «Пристаньводоканалі» розраховують завершити роботи за три тижні, якщо дозволить погода.",
                ),
                (
                    "paragraph",
                    "Депутати також попросили підприємство щотижня публікувати звіти про хід робіт, і воно погодилося.",
                ),
            ],
            "hero_caption": "Роздача води з цистерни на вулиці Вербовій, Лозовий острів.",
            "hero_alt": "Мешканці з пластиковими каністрами стоять у черзі біля синьої цистерни з водою на вулиці, обсадженій деревами.",
        },
    },
    {
        "slug": "solonyi-brid-schools-switch-to-shifts",
        "headline": "Schools in Solonyi Brid switch to shifts as shelter space falls short",
        "standfirst": "Only two of the town’s four schools have shelters large enough for all their pupils. From Monday, younger children will study in the morning and older ones in the afternoon.",
        "authors": ["iryna-pylypenko", "andrii-savchuk"],
        "topics": ["education", "solonyi-brid", "air-defence"],
        "hours_ago": 27,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on an order of the Solonyi Brid community’s education department and interviews with a school principal and parents.",
        "hero": {
            "caption": "A corridor in the basement of Solonyi Brid Lyceum No. 1, fitted out with desks.",
            "credit": "Andrii Savchuk / Pristan Courier",
            "illustrative": False,
            "alt": "School desks lined up along a narrow basement corridor with children’s drawings taped to the walls.",
        },
        "body": [
            (
                "paragraph",
                "Schools in Solonyi Brid will move to a two-shift timetable from Monday because the town does not have enough shelter space to hold all pupils at once, the community’s education department said.",
            ),
            (
                "paragraph",
                "Only the lyceum and School No. 2 have basements that meet safety requirements. Pupils from the other two schools will attend classes in those buildings: grades one to five in the morning, grades six to eleven from 13:30.",
            ),
            (
                "paragraph",
                "The department said the arrangement would last at least until the end of the semester. Construction of a shelter at School No. 4, which began in the summer, is about half finished, according to the community administration.",
            ),
            (
                "quote",
                {
                    "text": "It is not ideal. But it means every child is in a classroom with a teacher, not in front of a screen at home during a power cut.",
                    "attribution": "Liliia Marchenko, principal of Solonyi Brid Lyceum No. 1",
                },
            ),
            (
                "paragraph",
                "Some parents are worried about the afternoon shift. In winter, older pupils will walk home after dark, and street lighting in parts of the town is switched off to save power. The community said it would arrange school buses for the two most distant neighbourhoods.",
            ),
            (
                "paragraph",
                "About 1,100 children attend school in Solonyi Brid, roughly two-thirds of the number before the war.",
            ),
        ],
        "uk": {
            "headline": "Школи Солоного Броду переходять на дві зміни через брак місця в укриттях",
            "standfirst": "Лише дві з чотирьох шкіл містечка мають укриття, де вміщаються всі учні. З понеділка молодші діти навчатимуться зранку, старші — після обіду.",
            "body": [
                (
                    "paragraph",
                    "З понеділка школи Солоного Броду переходять на двозмінний розклад, бо в містечку бракує місця в укриттях, щоб розмістити всіх учнів одночасно, повідомив відділ освіти громади.",
                ),
                (
                    "paragraph",
                    "Вимогам безпеки відповідають лише підвали ліцею та школи № 2. Учні двох інших шкіл навчатимуться в цих будівлях: перші–п’яті класи зранку, шості–одинадцяті — з 13:30.",
                ),
                (
                    "paragraph",
                    "У відділі освіти кажуть, що такий порядок діятиме щонайменше до кінця семестру. Будівництво укриття в школі № 4, яке почалося влітку, завершене приблизно наполовину, повідомляє адміністрація громади.",
                ),
                (
                    "quote",
                    {
                        "text": "Це не ідеально. Але так кожна дитина сидить у класі з учителем, а не перед екраном удома під час відключення світла.",
                        "attribution": "Лілія Марченко, директорка ліцею № 1 Солоного Броду",
                    },
                ),
                (
                    "paragraph",
                    "Частину батьків непокоїть друга зміна. Узимку старші учні повертатимуться додому затемна, а вуличне освітлення в частині містечка вимикають для економії електроенергії. У громаді пообіцяли організувати шкільні автобуси для двох найвіддаленіших мікрорайонів.",
                ),
                (
                    "paragraph",
                    "У Солоному Броді до школи ходять близько 1 100 дітей — приблизно дві третини від довоєнної кількості.",
                ),
            ],
            "hero_caption": "Коридор у підвалі ліцею № 1 Солоного Броду, облаштований партами.",
            "hero_alt": "Шкільні парти вздовж вузького підвального коридору, на стінах приклеєні дитячі малюнки.",
        },
    },
    {
        "slug": "how-pristan-blackout-schedule-works",
        "headline": "How Pristan’s rolling blackout schedule works, and why it keeps changing",
        "standfirst": "Queues, groups, emergency cuts and the maths of a damaged grid: an explainer for anyone who has stared at the outage table and wondered what it means.",
        "authors": ["taras-hnatiuk"],
        "topics": ["energy", "mlynky", "lozovyi-island"],
        "hours_ago": 36,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on interviews with two dispatchers and a spokesperson at Pristanoblenergo, the company’s published schedules for the past six weeks, and the Courier’s own outage log.",
        "hero": {
            "caption": "For illustrative purposes only. An apartment block in Mlynky during a scheduled outage.",
            "credit": "Pristan Courier",
            "illustrative": True,
            "alt": "A dark residential building at dusk with a few windows lit by candles and battery lamps.",
        },
        "body": [
            (
                "paragraph",
                "If you live in Pristan, you probably check the outage schedule before you check the weather. It tells you when your building will have power and when it will not. It also changes, sometimes several times a day, which leaves many readers asking whether there is any logic behind it at all. There is, and understanding it makes the changes a little less maddening.",
            ),
            (
                "paragraph",
                "The starting point is a simple imbalance. Pristan and the surrounding oblast consume more electricity at peak hours than the damaged grid can deliver. Several large substations have been hit over the past year, and some generating capacity that once fed the region is out of service. The grid operator, Pristanoblenergo, receives a limit from the national dispatcher every day: the maximum load the region may draw, hour by hour. Whatever the city would use above that limit has to be cut.",
            ),
            (
                "paragraph",
                "To share the cuts fairly, every address in the region is assigned to one of six queues, and each queue is split into two sub-groups. Your queue number is printed on your electricity bill and can be found by entering your address on the company’s website. Hospitals, water pumps, sewage stations, bakeries and some critical businesses sit on protected lines and are not part of any queue, although they can still lose power during emergencies.",
            ),
            (
                "paragraph",
                "The published schedule is a table that shows, for each queue, the hours in which it may be switched off. The key word is may. The table is built on a forecast of the day’s limit. If the limit turns out to be higher, fewer queues are cut and some scheduled outages never happen. If it is lower, more queues are cut at the same time and outages last longer than shown.",
            ),
            (
                "quote",
                {
                    "text": "People think we draw the schedule and then follow it. In reality we draw it in the evening on the best forecast we have, and then the grid tells us what it can carry, hour by hour.",
                    "attribution": "Senior dispatcher at Pristanoblenergo, who asked not to be named because she is not authorised to speak to the press",
                },
            ),
            (
                "paragraph",
                "That is why the schedule changes. The Courier’s log of published schedules over the past six weeks shows that the table was revised on average 1.8 times a day, and on eleven days it was revised three or more times. Most revisions followed changes in the national limit, which in turn depended on the weather, on repairs elsewhere in the country and on attacks on energy infrastructure.",
            ),
            (
                "paragraph",
                "Emergency outages are a separate category. They are ordered when the grid is at immediate risk of overload, most often after an attack, and they ignore the schedule entirely. During an emergency outage, several queues or even whole districts can be switched off at once with no warning. The company publishes a notice when emergency outages begin and end, but it cannot say in advance how long they will last.",
            ),
            (
                "paragraph",
                "Residents of Mlynky and Lozovyi Island often tell the Courier that their districts are cut more than others. The data partly support this, for a technical reason rather than a political one. When a substation that feeds a particular district is damaged, the remaining equipment in that area can carry less load, so its queues are cut more often until repairs are finished. In our log, queues served by the damaged Mlynky substation spent on average 2.3 hours a day longer without power than the city average during the past two weeks.",
            ),
            (
                "paragraph",
                "There is also the question of what the schedule does not cover. It applies to the distribution grid operated by Pristanoblenergo, so residents whose building is supplied through a private or factory-owned line may find that their outages follow a different pattern. Some buildings share a line with a hospital or a water pump, which is why a few lucky blocks rarely lose power at all. These exceptions are not favouritism, the company says, but an inheritance of how the grid was built decades ago.",
            ),
            (
                "paragraph",
                "A few practical points follow from all this. Check the schedule in the morning and again around midday, when the company often publishes its first revision. Treat the table as a maximum in good weeks and a minimum in bad ones. Charge power banks whenever your building has electricity, not only before a scheduled outage. And if your building has been without power far longer than your queue suggests, report it to the company’s hotline: it may be a local fault, not a scheduled cut, and local faults are fixed only when someone reports them.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "opposition-disputes-council-vote-bridge-contract",
        "headline": "Opposition faction disputes council vote on Lotsman Bridge contract",
        "standfirst": "Pristan Together has asked prosecutors to review the vote, saying two councillors were recorded as voting in favour although they had left the hall. The council secretary says the electronic record is correct.",
        "authors": ["olena-marchuk"],
        "topics": ["city-council", "reconstruction", "lozovyi-island"],
        "hours_ago": 44,
        "verification": "disputed",
        "verification_note": "The opposition and the council secretariat give conflicting accounts. The Courier has requested the video recording of the session.",
        "sourcing": "Based on statements from the Pristan Together faction and the council secretariat, and on the published voting record.",
        "hero": {
            "caption": "The electronic voting board in the council’s temporary session hall.",
            "credit": "Pristan Courier",
            "illustrative": False,
            "alt": "A wall-mounted screen showing a grid of names with green and grey markers above a row of empty chairs.",
        },
        "body": [
            (
                "paragraph",
                "The opposition Pristan Together faction has formally asked the regional prosecutor’s office to review last month’s council vote that awarded a 214-million-hryvnia contract for the repair of the Lotsman Bridge to the construction company Pristanmostobud.",
            ),
            (
                "paragraph",
                "The decision passed with 28 votes, two more than the minimum required. According to the published record, it was supported by councillors from the mayor’s Civic Bridge faction and several independents.",
            ),
            (
                "claim",
                {
                    "text": "Pristan Together says that two independent councillors recorded as voting in favour had left the hall before the vote and that their voting cards were used by someone else.",
                    "status": "disputed",
                    "note": "Council secretary Larysa Tkach says both councillors were present and voted in person. The Courier has not yet seen video evidence either way.",
                    "source": "Statement by the Pristan Together faction",
                },
            ),
            (
                "quote",
                {
                    "text": "If two votes were cast by people who were not in the room, the decision does not exist. We are asking for the video and, if necessary, we will go to court.",
                    "attribution": "Bohdan Yaremchuk, head of the Pristan Together faction",
                },
            ),
            (
                "paragraph",
                "Larysa Tkach, the council secretary, said the electronic system registers each card only when it is inserted at a councillor’s own desk and that both councillors had confirmed their votes in writing afterwards. One of the two, reached by phone, told the Courier she had been in the hall; the other did not respond.",
            ),
            (
                "paragraph",
                "The dispute is not only about procedure. Pristan Together has argued for weeks that the contract was awarded too quickly and that its price includes work not directly related to the damage, such as resurfacing the entire bridge deck. Civic Bridge councillors reply that every week of delay keeps buses off the bridge and that island residents cannot wait for a second round of negotiations.",
            ),
            (
                "paragraph",
                "Lawyers consulted by the Courier said that if a court found votes had been cast improperly, the decision could be annulled, but that such cases usually take months. In the meantime, the contract remains in force. Pristanmostobud told the Courier it had begun ordering materials and would continue preparatory work unless instructed otherwise by the city.",
            ),
            (
                "paragraph",
                "The Courier has formally requested the session video, which the council is required to provide under the access to information law. We will report on what it shows.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "mlynky-volunteer-kitchen-feeds-600-a-day",
        "headline": "Volunteer kitchen in Mlynky feeds 600 people a day after gas supply cut",
        "standfirst": "The kitchen, run from a former school canteen, cooks on wood-fired stoves and a donated generator. Most of its cooks are pensioners.",
        "authors": ["maksym-bondar", "olena-marchuk"],
        "topics": ["mlynky", "energy"],
        "hours_ago": 53,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a day spent at the kitchen and interviews with its coordinator and volunteers.",
        "hero": {
            "caption": "Volunteers portion soup at the Pryval kitchen on Sadova Street.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "Steam rises from large aluminium pots as two women in aprons ladle soup into plastic containers.",
        },
        "body": [
            (
                "paragraph",
                "At six in the morning the first fires are already lit in the yard behind the old School No. 17 canteen in Mlynky. By eleven, the volunteers of the Pryval kitchen will have cooked around 300 litres of soup and buckwheat for about 600 people.",
            ),
            (
                "paragraph",
                "The kitchen opened three weeks ago, after the gas supply to twelve high-rise blocks in the district was cut because of damage to a distribution pipeline. Most residents of those blocks have electric kettles but no way to cook a full meal during outages.",
            ),
            (
                "quote",
                {
                    "text": "The first day we made 80 portions and ran out in twenty minutes. Now we know our people: who needs it delivered, who comes with their own pot.",
                    "attribution": "Oksana Bilous, coordinator of the Mist volunteer network",
                },
            ),
            (
                "paragraph",
                "Of the 34 regular volunteers, 21 are pensioners. Several of them live in the blocks without gas. Food is donated by farms near Krutohir and bought with small donations; a generator was given by a business owner who asked not to be named.",
            ),
            (
                "paragraph",
                "The day has a strict rhythm. Vegetables are peeled the evening before by a group of women who meet in a flat on the ground floor of one of the blocks. Fires are lit at six. Soup is ready by ten, and distribution starts at eleven at a table in the yard, where people bring their own containers. When an alert sounds during distribution, the queue moves into the school’s basement and the volunteers carry the pots down after them.",
            ),
            (
                "paragraph",
                "Meals are carried to bedridden residents by teenagers from the neighbourhood on bicycles. The city’s social services department says it has added the kitchen to its list of support points and is covering the cost of firewood.",
            ),
            (
                "paragraph",
                "The gas utility has said it hopes to restore supply before the first frosts but has not given a date.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "returning-families-krutohir-school-bus",
        "headline": "Returning families find Krutohir changed, but the school bus runs again",
        "standfirst": "More than 400 residents have come back to the town since the summer. The community says the return of a bus route to the villages is a sign that life is taking hold.",
        "authors": ["andrii-savchuk"],
        "topics": ["krutohir", "education"],
        "hours_ago": 61,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on figures from the Krutohir community administration and interviews with returning residents.",
        "hero": {
            "caption": "The first morning run of the restored school bus between Ozerna Hreblia and Krutohir.",
            "credit": "Andrii Savchuk / Pristan Courier",
            "illustrative": False,
            "alt": "A yellow school bus waits at a rural stop while children with backpacks climb aboard in morning fog.",
        },
        "body": [
            (
                "paragraph",
                "The yellow bus pulled up at the stop in Ozerna Hreblia at 7:15 on Monday, for the first time in more than a year. Eleven children got on. Two of them had returned to the village with their mothers in August.",
            ),
            (
                "paragraph",
                "According to the Krutohir community administration, 417 residents have registered their return since June, most of them women with children and elderly people. The town had about 9,000 inhabitants before the war; the administration estimates that around 6,300 live there now.",
            ),
            (
                "quote",
                {
                    "text": "When we left, I told my son we would be back by his birthday. That was two birthdays ago. He recognised the bus driver before he recognised our street.",
                    "attribution": "Halyna, a mother of two who returned to Ozerna Hreblia in August",
                },
            ),
            (
                "paragraph",
                "Many of those returning find houses with broken windows and damaged roofs. The community’s roof repair programme has a waiting list, and the administration says priority goes to families with children and people with disabilities.",
            ),
            (
                "paragraph",
                "Returning residents also face a labour market that has shrunk. The town’s sawmill works two shifts instead of three, and several shops on the main square have not reopened. The community’s employment office says it has about 80 vacancies, mostly in agriculture, construction and public services, and more than 300 registered jobseekers.",
            ),
            (
                "paragraph",
                "The school bus was bought with a grant from a foreign municipality that has twinned with Krutohir. Roman Kuzmenko, head of the community, said a second route to the northern villages would start once a driver was found.",
            ),
            (
                "paragraph",
                "At the school in Krutohir, the head teacher said enrolment had risen by 46 pupils since the start of the school year, almost all of them from returning families. Some children had studied online for two years and needed extra lessons to catch up, particularly in mathematics. The school has set up afternoon catch-up groups run by volunteer teachers, including two who returned to the town themselves this summer.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "pristan-longest-week-of-air-raid-alerts",
        "headline": "Air-raid alerts: Pristan logs its longest week of the year",
        "standfirst": "Sirens sounded for a combined 41 hours over seven days, according to the Courier’s alert log. Night alerts accounted for more than half of the total.",
        "authors": ["taras-hnatiuk"],
        "topics": ["air-defence", "mlynky"],
        "hours_ago": 70,
        "verification": "verified",
        "verification_note": "Alert times were checked against the official alert notifications and the city’s siren log.",
        "sourcing": "Based on the Courier’s alert log, which records the start and end of every alert declared for the city of Pristan, cross-checked with the city’s civil protection department.",
        "hero": {
            "caption": "For illustrative purposes only. A siren on the roof of a residential building in Mlynky.",
            "credit": "Pristan Courier",
            "illustrative": True,
            "alt": "A grey mechanical siren mounted on a metal pole against an overcast sky.",
        },
        "body": [
            (
                "paragraph",
                "Air-raid alerts in Pristan lasted a combined 41 hours and 12 minutes last week, the longest total for any seven-day period this year, according to the Courier’s alert log.",
            ),
            (
                "paragraph",
                "The city recorded 19 separate alerts between Monday and Sunday. Eleven of them began between 22:00 and 06:00, and those night alerts accounted for 24 hours of the total. The longest single alert, on Wednesday night, lasted 5 hours and 40 minutes.",
            ),
            (
                "paragraph",
                "For comparison, the weekly average over the previous three months was 22 hours. The figures were checked against the city civil protection department’s own siren log, which showed the same number of alerts and a total duration within four minutes of ours.",
            ),
            (
                "claim",
                {
                    "text": "The regional military administration said most of the week’s alerts were caused by drones launched in groups and moving along the river valley.",
                    "status": "verified",
                    "note": "Confirmed in the administration’s daily briefings; details of the routes were not disclosed.",
                    "source": "Regional military administration briefings",
                },
            ),
            (
                "paragraph",
                "Long night alerts have consequences beyond sleep. Teachers in Mlynky told the Courier that attendance at first lessons fell noticeably after nights with several alerts, and the city transport department said it had delayed the first trams twice.",
            ),
            (
                "paragraph",
                "The log also shows how alerts are spread across the day. Over the past three months, the most common start time for an alert was between midnight and two in the morning. Alerts that began during the working day were shorter, at about 50 minutes on average, than those at night, which lasted more than two hours on average. The Courier’s figures cover only the city of Pristan; alerts in other parts of the oblast may differ.",
            ),
            (
                "paragraph",
                "Shelter use rose as well. The caretaker of a public shelter in a school basement in Mlynky told the Courier that on Wednesday night more than 200 people came down, twice the usual number, many of them parents with small children. Some brought folding beds. The civil protection department said it was considering whether more public shelters should stay open all night rather than only during alerts.",
            ),
            (
                "paragraph",
                "The Courier publishes its alert log every Monday. Readers can find the weekly chart on our air defence page.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "candidate-claims-leaflets-destroyed-lower-town",
        "headline": "Candidate says campaign leaflets were destroyed in Lower Town; police say no complaint filed",
        "standfirst": "Independent candidate Marta Hordiienko says volunteers found hundreds of her leaflets torn from postboxes. Police say they have received no report.",
        "authors": ["olena-marchuk"],
        "topics": ["elections", "lower-town"],
        "hours_ago": 79,
        "verification": "not_verified",
        "verification_note": "The candidate’s account could not be independently confirmed. Police say no complaint was registered.",
        "sourcing": "Based on a statement from Marta Hordiienko’s campaign and a reply from the district police department.",
        "hero": {
            "caption": "For illustrative purposes only. Postboxes in the entrance of a Lower Town apartment block.",
            "credit": "Pristan Courier",
            "illustrative": True,
            "alt": "A row of dented metal postboxes on a peeling green wall in a stairwell.",
        },
        "body": [
            (
                "paragraph",
                "Marta Hordiienko, an independent candidate in the Lower Town by-election, says that several hundred of her campaign leaflets were removed from residents’ postboxes and thrown away over the weekend.",
            ),
            (
                "claim",
                {
                    "text": "According to her campaign, volunteers found about 400 leaflets torn up in bins behind three apartment blocks on Portova Street on Sunday morning, a day after they had been delivered.",
                    "status": "not_verified",
                    "note": "The campaign sent the Courier photos of torn leaflets in a bin. We could not establish when or by whom they were removed.",
                    "source": "Marta Hordiienko’s campaign",
                },
            ),
            (
                "paragraph",
                "Hordiienko, a retired history teacher, did not accuse any rival campaign. She said she wanted voters to know that if they had not received her leaflet, it was not because she had skipped their building.",
            ),
            (
                "paragraph",
                "The district police department told the Courier on Monday that it had received no complaint about damage to campaign materials in the constituency. Hordiienko’s campaign said it would file one.",
            ),
            (
                "paragraph",
                "Representatives of the two other main candidates, Stepan Lytvyn of Civic Bridge and Ihor Panasiuk of Pristan Together, said their campaigns had nothing to do with the incident. Lytvyn’s office added that some of its own posters had been torn down earlier in the campaign.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "lotsman-bridge-engineers-finish-inspection",
        "headline": "Lotsman Bridge: engineers finish inspection of damaged span",
        "standfirst": "The bridge will stay open to pedestrians and light vehicles while repairs are prepared. Buses and trucks remain banned.",
        "authors": ["taras-hnatiuk"],
        "topics": ["reconstruction", "lozovyi-island", "lower-town"],
        "hours_ago": 88,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a summary of the engineering report released by the city’s infrastructure department and a briefing for journalists on the bridge.",
        "hero": {
            "caption": "Engineers examine the underside of the third span of the Lotsman Bridge from a river barge.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "Two people in hard hats on a small barge point torches at the concrete underside of a bridge.",
        },
        "body": [
            (
                "paragraph",
                "Engineers have completed a detailed inspection of the Lotsman Bridge, the only road link between Lower Town and Lozovyi Island, and concluded that the structure is safe for pedestrians and vehicles up to 3.5 tonnes, the city’s infrastructure department said on Friday.",
            ),
            (
                "paragraph",
                "The third of the bridge’s five spans was damaged two months ago when debris from a downed drone struck the deck. The inspection found cracks in two of the span’s beams and damage to the expansion joint, but no displacement of the supports.",
            ),
            (
                "quote",
                {
                    "text": "The bridge is wounded, not broken. But we will not put a bus on it until the beams are reinforced.",
                    "attribution": "Viktoriia Lysenko, head of the city infrastructure department",
                },
            ),
            (
                "paragraph",
                "Bus route 7, which used to cross the bridge, will continue to stop at the Lower Town end, with a shuttle minibus running across. Trucks delivering goods to the island must unload on the embankment.",
            ),
            (
                "paragraph",
                "The city plans to reinforce the damaged beams and replace the expansion joint before winter. The contract for the work was approved by the council last month in a vote that the opposition has since disputed.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "city-museum-returns-part-of-collection",
        "headline": "City museum brings part of its collection back from storage",
        "standfirst": "Around 200 objects, including river maps and shipbuilding tools, will go on show in a small exhibition. The rest of the collection stays in a secure location.",
        "authors": ["iryna-pylypenko"],
        "topics": ["culture", "lower-town"],
        "hours_ago": 98,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on an interview with the museum’s director and a preview of the exhibition.",
        "hero": {
            "caption": "A nineteenth-century map of the Ostrivna river returned to the Pristan Museum of Local History.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A museum worker in white gloves lays a yellowed hand-drawn river map on a padded table.",
        },
        "body": [
            (
                "paragraph",
                "For the first time in nearly two years, visitors to the Pristan Museum of Local History will see objects from its own collection rather than photographs of them.",
            ),
            (
                "paragraph",
                "About 200 items have been brought back from storage for an exhibition called “The River Keeps Count”, which opens next week in the museum’s ground-floor hall. They include hand-drawn navigation maps of the Ostrivna, tools from the city’s nineteenth-century shipyards and a collection of ferry tickets spanning a century.",
            ),
            (
                "paragraph",
                "The rest of the collection, more than 30,000 objects, remains in a location the museum does not disclose. Director Alla Kostiuk said the returned items were chosen because they could be packed and moved out again within two hours.",
            ),
            (
                "quote",
                {
                    "text": "We measured every case and every box. If the situation changes, the whole exhibition goes back into the van before lunch.",
                    "attribution": "Alla Kostiuk, director of the Pristan Museum of Local History",
                },
            ),
            (
                "paragraph",
                "The museum’s windows have been bricked up to half their height and the hall is open only during daylight hours. Entrance will be free for the first month.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "heating-season-boilers-ready-residents-disagree",
        "headline": "Heating utility says boilers in three districts are ready; residents say radiators are cold",
        "standfirst": "Pristan Teplo reports that the heating season has started on schedule in Mlynky. Residents of at least a dozen blocks say they have had no heat for a week.",
        "authors": ["taras-hnatiuk"],
        "topics": ["energy", "mlynky", "city-council"],
        "hours_ago": 107,
        "verification": "disputed",
        "verification_note": "The utility and residents give contradictory accounts. The Courier measured temperatures in two flats but could not check every building.",
        "sourcing": "Based on a statement from Pristan Teplo, interviews with residents in Mlynky and temperature readings taken by our reporter.",
        "hero": {
            "caption": "For illustrative purposes only. A radiator in a flat in Mlynky.",
            "credit": "Pristan Courier",
            "illustrative": True,
            "alt": "An old cast-iron radiator under a window with a thermometer resting on top.",
        },
        "body": [
            (
                "paragraph",
                "The municipal heating company Pristan Teplo said on Monday that all boiler houses serving Mlynky, Lower Town and Lozovyi Island had been started and that heat was reaching residential buildings as planned.",
            ),
            (
                "claim",
                {
                    "text": "Residents of at least 12 apartment blocks in Mlynky say their radiators have remained cold since the heating season officially began eight days ago.",
                    "status": "disputed",
                    "note": "Pristan Teplo says the problem lies in building-level systems that are the responsibility of housing associations, not in its supply. Residents reject this.",
                    "source": "Residents of Mlynky; building association chairs",
                },
            ),
            (
                "paragraph",
                "In two flats on Sadova Street visited by the Courier on Tuesday afternoon, the radiators were barely warm and room temperatures were 14 and 15 degrees Celsius.",
            ),
            (
                "quote",
                {
                    "text": "Our network is delivering water at the temperature set by the schedule. If a building does not warm up, it is usually air in the system or a closed valve in the basement.",
                    "attribution": "Viktor Sahaidak, director of Pristan Teplo",
                },
            ),
            (
                "paragraph",
                "Housing association chairs in the affected blocks said their systems had been flushed and tested in September and that the supply temperature measured at the building inlet was below the norm.",
            ),
            (
                "paragraph",
                "The disagreement matters because it determines who is responsible for fixing the problem, and who pays. If the fault lies in the utility’s network, Pristan Teplo must repair it at its own cost. If it lies inside a building, the housing association must call a contractor and pay from residents’ contributions. Several chairs said their associations had little money left after paying for generators and window repairs last winter.",
            ),
            (
                "paragraph",
                "Councillors have asked Pristan Teplo to send technicians to each block named in residents’ complaints by Friday and to publish inlet temperature readings. The utility said it would do so.",
            ),
            (
                "paragraph",
                "In the meantime, residents of the affected blocks are improvising. Several told the Courier they had bought oil-filled electric radiators, which help only when the power is on. Others have moved the whole family into a single room and hung blankets over the doorways. A pensioner on Sadova Street said she had started spending her afternoons at the district library, which is heated, and going home only to sleep.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "kalach-bakery-reopens-lower-town-embankment",
        "headline": "Bakery reopens on the Lower Town embankment after eight months",
        "standfirst": "The Kalach bakery was closed after a blast wave blew out its windows and ovens. Its owner rebuilt with a small business grant and help from regular customers.",
        "authors": ["maksym-bondar"],
        "topics": ["lower-town", "reconstruction"],
        "hours_ago": 117,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on an interview with the bakery’s owner and a visit on the morning of the reopening.",
        "hero": {
            "caption": "The first loaves come out of the new oven at Kalach bakery on Naberezhna Street.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A baker in a white cap slides round loaves off a wooden peel onto a metal rack.",
        },
        "body": [
            (
                "paragraph",
                "The queue outside Kalach bakery on Naberezhna Street began forming before seven on Saturday morning. By nine, the first batch of 300 loaves had sold out.",
            ),
            (
                "paragraph",
                "Owner Liudmyla Sych closed the bakery in February after a blast wave from a strike on the port shattered its windows and damaged both ovens. She spent the next months filling in grant applications and selling bread from a borrowed van in Mlynky.",
            ),
            (
                "quote",
                {
                    "text": "Customers brought plywood for the windows before I had even swept up the glass. I owed it to them to come back to the same street.",
                    "attribution": "Liudmyla Sych, owner of Kalach bakery",
                },
            ),
            (
                "paragraph",
                "The repairs, including a new gas oven and a generator, cost about 1.2 million hryvnias. Around half came from a state grant for small businesses, the rest from a bank loan and a crowdfunding campaign among regulars.",
            ),
            (
                "paragraph",
                "Sych has rehired six of her eight former staff. The bakery will open daily from seven to three and will keep the van route to Mlynky twice a week.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "regional-administration-reports-drones-downed",
        "headline": "Regional administration says 11 drones downed over Pristan Oblast overnight",
        "standfirst": "Officials reported no casualties and minor damage to a private house. The Courier could not independently verify the number of drones.",
        "authors": ["taras-hnatiuk"],
        "topics": ["air-defence", "solonyi-brid"],
        "hours_ago": 126,
        "verification": "not_verified",
        "verification_note": "Figures come from the regional military administration and could not be independently verified.",
        "sourcing": "According to a statement from the regional military administration published on Tuesday morning.",
        "hero": {
            "caption": "For illustrative purposes only. Night sky over the Ostrivna river near Pristan.",
            "credit": "Pristan Courier archive",
            "illustrative": True,
            "alt": "A dark river reflecting a few distant city lights under a cloudy night sky.",
        },
        "body": [
            (
                "paragraph",
                "Air defence forces shot down 11 drones over Pristan Oblast during the night, according to a statement from the regional military administration on Tuesday morning.",
            ),
            (
                "claim",
                {
                    "text": "The administration said that all 11 drones were intercepted and that debris from one of them fell on a private house on the outskirts of Solonyi Brid, damaging its roof.",
                    "status": "not_verified",
                    "note": "The Courier has no independent means of confirming interception figures. Damage to the house was reported by neighbours but not yet seen by our correspondent.",
                    "source": "Regional military administration statement",
                },
            ),
            (
                "paragraph",
                "No one was injured, the statement said. The alert in Pristan lasted from 01:10 to 04:25.",
            ),
            (
                "paragraph",
                "Residents of the western outskirts of Solonyi Brid told the Courier by phone that they had heard several explosions shortly after two o’clock and that the noise continued for about twenty minutes. One said a neighbour’s roof had been damaged and that community workers had arrived at first light to cover it with tarpaulin. The community administration had not commented by the time of publication.",
            ),
            (
                "paragraph",
                "Interception figures published by official sources cannot be checked by journalists in real time and are sometimes revised later. The Courier reports them with attribution and updates its coverage when more information becomes available.",
            ),
            (
                "paragraph",
                "Residents whose homes have been damaged by falling debris can apply for emergency repair materials through their community administration and should also record the damage in the state register of damaged property, which is required for compensation.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "solonyi-brid-ferry-resumes-limited-crossings",
        "headline": "Solonyi Brid ferry resumes limited crossings",
        "standfirst": "The ferry will run three times a day, in daylight only, and carry pedestrians, cyclists and cars. Farmers on the left bank say it will save them a three-hour detour.",
        "authors": ["andrii-savchuk"],
        "topics": ["solonyi-brid", "reconstruction"],
        "hours_ago": 136,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on an announcement by the Solonyi Brid community administration and interviews at the ferry landing.",
        "hero": {
            "caption": "The ferry approaches the Solonyi Brid landing on its first scheduled crossing in five months.",
            "credit": "Andrii Savchuk / Pristan Courier",
            "illustrative": False,
            "alt": "A flat white car ferry crosses a wide grey river towards a wooden landing with a few waiting cars.",
        },
        "body": [
            (
                "paragraph",
                "The car ferry between Solonyi Brid and the left bank of the Ostrivna resumed service on Monday after a break of five months, the community administration said.",
            ),
            (
                "paragraph",
                "The ferry will make three return crossings a day, at 8:00, 12:00 and 15:30, and will not run during air-raid alerts or after dark. It can carry up to eight cars and 60 passengers. Tickets cost the same as before the suspension.",
            ),
            (
                "paragraph",
                "The crossing was stopped in the spring after the landing on the left bank was damaged. The repairs, paid for from the community budget, included a new ramp and a shelter for waiting passengers.",
            ),
            (
                "quote",
                {
                    "text": "Without the ferry, I drove three hours round through Pristan to get to my fields. Today I was across in twenty minutes.",
                    "attribution": "Vasyl Tkachuk, a farmer from the left bank",
                },
            ),
            (
                "paragraph",
                "Passengers on the first crossing included farmers, a district nurse visiting patients on the left bank and a group of pupils from the villages across the river who attend the lyceum in Solonyi Brid. Until now, their parents had driven them the long way round or kept them at home.",
            ),
            (
                "paragraph",
                "Svitlana Hrab, head of the Solonyi Brid community, said the administration would consider adding an evening crossing in spring if the situation allowed.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "council-postpones-budget-amendments-quorum-row",
        "headline": "Council postpones vote on budget amendments after quorum row",
        "standfirst": "The session ended early when opposition councillors left the hall. The amendments include extra money for shelters and cuts to road repairs.",
        "authors": ["olena-marchuk"],
        "topics": ["city-council"],
        "hours_ago": 145,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on the council session, which the Courier attended, and comments from faction leaders afterwards.",
        "hero": {
            "caption": "For illustrative purposes only. Empty seats in the council’s temporary session hall.",
            "credit": "Pristan Courier",
            "illustrative": True,
            "alt": "Rows of empty blue chairs and desks with microphones in a low-ceilinged hall.",
        },
        "body": [
            (
                "paragraph",
                "Pristan City Council failed to vote on a package of budget amendments on Thursday after opposition councillors walked out, leaving the session one member short of a quorum.",
            ),
            (
                "paragraph",
                "The amendments would move 46 million hryvnias from road resurfacing to the construction of shelters in schools and kindergartens, and add funds for the municipal heating company. They also include a smaller item, 3.2 million hryvnias for the renovation of the mayor’s office reception hall, which the opposition objected to.",
            ),
            (
                "quote",
                {
                    "text": "We will vote for every hryvnia that goes to shelters. We will not vote for a package that hides a new reception hall inside it.",
                    "attribution": "Bohdan Yaremchuk, head of the Pristan Together faction",
                },
            ),
            (
                "paragraph",
                "Mayor Mykhailo Dovhan said the reception hall was where residents came to file complaints and that it had been damaged by a blast wave. He accused the opposition of delaying shelter funding for political reasons ahead of the Lower Town by-election.",
            ),
            (
                "paragraph",
                "Council secretary Larysa Tkach said the amendments would be put to a vote again at an extraordinary session next week. It was not clear whether the reception hall item would be split off.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "teachers-trained-lessons-during-alerts",
        "headline": "Pristan teachers trained to keep lessons going during air-raid alerts",
        "standfirst": "A three-day course covers moving classes to shelters, teaching without electricity and calming frightened children. More than 300 teachers have taken part.",
        "authors": ["iryna-pylypenko"],
        "topics": ["education", "air-defence"],
        "hours_ago": 155,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a visit to a training session and information from the city education department.",
        "hero": {
            "caption": "Teachers practise a shelter lesson during a training session at School No. 11.",
            "credit": "Iryna Pylypenko / Pristan Courier",
            "illustrative": False,
            "alt": "Adults sit on low benches in a basement holding worksheets while a trainer writes on a portable whiteboard.",
        },
        "body": [
            (
                "paragraph",
                "More than 300 teachers in Pristan have completed a course on keeping lessons going during air-raid alerts, the city education department said this week.",
            ),
            (
                "paragraph",
                "The three-day course, developed with school psychologists, covers how to move a class to the shelter in under three minutes, how to continue teaching without a projector or lights, and how to recognise and respond to signs of acute stress in children.",
            ),
            (
                "quote",
                {
                    "text": "The first minute in the shelter decides the rest of the lesson. If the teacher is calm and has a plan, the children settle down.",
                    "attribution": "Natalia Vasylenko, principal of School No. 11, one of the trainers",
                },
            ),
            (
                "paragraph",
                "Participants receive a “shelter kit” for their class: battery lamps, printed worksheets, a set of board games and a first-aid pouch. The department says every school in the city should have at least two trained teachers by the end of the semester.",
            ),
            (
                "paragraph",
                "Teachers at the session the Courier attended said the most useful part was practical: rehearsing lessons in a real basement with a timer running.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "election-commission-registers-four-candidates",
        "headline": "Election commission registers four candidates for Lower Town council seat",
        "standfirst": "A retired teacher, a port manager, an opposition activist and a pharmacist will compete for the vacant seat. One application was rejected.",
        "authors": ["olena-marchuk"],
        "topics": ["elections", "lower-town", "city-council"],
        "hours_ago": 164,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on the territorial election commission’s registration decisions and candidates’ published declarations.",
        "hero": {
            "caption": "Members of the territorial election commission review candidate documents.",
            "credit": "Pristan Courier",
            "illustrative": False,
            "alt": "Several people sit around a long table covered with folders and stamped papers.",
        },
        "body": [
            (
                "paragraph",
                "The territorial election commission has registered four candidates for the Lower Town by-election, which will fill the council seat left vacant by the resignation of Vasyl Honchar.",
            ),
            (
                "paragraph",
                "They are Marta Hordiienko, 61, a retired history teacher running as an independent; Stepan Lytvyn, 44, deputy director of the Pristan riverport, nominated by the mayor’s Civic Bridge party; Ihor Panasiuk, 36, a volunteer coordinator nominated by Pristan Together; and Ruslana Demchenko, 52, a pharmacist running as an independent.",
            ),
            (
                "paragraph",
                "A fifth application, from a businessman who lives outside the city, was rejected because it lacked the required confirmation of residence. The applicant has said he will appeal.",
            ),
            (
                "paragraph",
                "All four candidates have published their asset declarations on the commission’s website. Lytvyn reports the highest income, mostly from his salary at the port; Panasiuk reports the lowest and lists no property.",
            ),
            (
                "paragraph",
                "Campaigning in wartime has its own rules. Mass events are restricted under martial law, so candidates rely on door-to-door canvassing, leaflets and meetings in shelters and courtyards. Campaign spending is capped, and each candidate must use a dedicated bank account whose statements are published by the commission. Observers from a civic monitoring group said they would watch the campaign closely, particularly for any use of municipal resources by the candidate of the mayor’s party.",
            ),
            (
                "quote",
                {
                    "text": "Four registered candidates for one seat is a good sign. People in Lower Town want to be represented, even now.",
                    "attribution": "Dmytro Oliinyk, chair of the territorial election commission",
                },
            ),
            (
                "paragraph",
                "The Courier will publish interviews with each candidate in the coming weeks.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "power-engineers-night-shift-lozovyi-island",
        "headline": "Through the night with the crew restoring power to Lozovyi Island",
        "standfirst": "A photographer spent a night with a Pristanoblenergo repair team as it replaced a damaged cable under the Lotsman Bridge.",
        "authors": ["maksym-bondar", "taras-hnatiuk"],
        "topics": ["energy", "lozovyi-island"],
        "hours_ago": 174,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a night spent with the repair crew, with the permission of Pristanoblenergo.",
        "hero": {
            "caption": "Electricians splice a high-voltage cable under the Lotsman Bridge shortly after 3 a.m.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "Two workers lit by a headlamp kneel over a thick black cable on a concrete ledge above dark water.",
        },
        "body": [
            (
                "paragraph",
                "The call came at 22:50. A cable carrying power to the southern half of Lozovyi Island had failed, and 2,300 households were in the dark. By 23:30, a crew of five from Pristanoblenergo was unloading equipment at the foot of the Lotsman Bridge.",
            ),
            (
                "paragraph",
                "The cable runs along a service ledge beneath the bridge deck, a few metres above the water. Damage from a strike two months earlier had weakened its insulation, and the first frost finished the job. The crew had to cut out the damaged section and splice in a new one, by headlamp, in a space where no one can stand upright.",
            ),
            (
                "paragraph",
                "Yurii, the foreman, has worked on Pristan’s grid for 27 years and says he can recognise most of the city’s substations by the hum of their transformers. His crew includes two men in their fifties, a woman who operates the cable-testing equipment and a 22-year-old on his first winter. Since the beginning of the year, he said, the crew has averaged four night calls a week, most of them in Mlynky and on the island.",
            ),
            (
                "quote",
                {
                    "text": "You lie on your side, you keep your tools on a string so they do not go in the river, and you stop when the siren goes. Then you start again.",
                    "attribution": "Yurii, foreman of the repair crew",
                },
            ),
            (
                "paragraph",
                "The siren went twice that night. Each time the crew climbed back up to the embankment and waited in a shelter in a nearby apartment block, where residents brought them tea.",
            ),
            (
                "paragraph",
                "Between alerts, the work went slowly. The new section of cable had to be pulled by hand from a reel on the embankment down to the ledge, a distance of about 40 metres. Each joint took more than an hour. The youngest member of the crew, who joined the company this summer after graduating from the Pristan Polytechnic, held the lamp, passed the tools and was allowed to make the final connection.",
            ),
            (
                "paragraph",
                "Power returned to the island at 5:40. The foreman checked the readings, nodded once and told his crew to pack up. Their next call, to a transformer in Mlynky, came before they reached the depot.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "anonymous-channel-alleges-misuse-krutohir-funds",
        "headline": "Anonymous channel alleges misuse of reconstruction funds in Krutohir",
        "standfirst": "Posts on a messaging app claim that roofing materials bought by the community were sold privately. The community head denies it; the Courier has found no evidence either way so far.",
        "authors": ["andrii-savchuk"],
        "topics": ["krutohir", "reconstruction"],
        "hours_ago": 183,
        "verification": "not_verified",
        "verification_note": "The allegations come from an anonymous source and have not been substantiated. Our review of procurement records is ongoing.",
        "sourcing": "Based on posts in an anonymous channel, public procurement records and an interview with the head of the Krutohir community.",
        "hero": {
            "caption": "For illustrative purposes only. Stacks of roofing sheets in a warehouse yard.",
            "credit": "Pristan Courier archive",
            "illustrative": True,
            "alt": "Stacks of corrugated metal roofing sheets wrapped in plastic in a gravel yard.",
        },
        "body": [
            (
                "paragraph",
                "An anonymous channel on a messaging app that describes itself as covering “Krutohir from the inside” has published a series of posts alleging that roofing materials bought by the community for damaged homes were sold privately.",
            ),
            (
                "claim",
                {
                    "text": "The channel claims that at least 600 square metres of metal roofing sheets purchased in the summer never reached residents and were instead sold to a private builder in Pristan.",
                    "status": "not_verified",
                    "note": "The channel has not published documents supporting the claim. Procurement records show the purchase but not how the materials were distributed.",
                    "source": "Anonymous channel on a messaging app",
                },
            ),
            (
                "paragraph",
                "Public procurement records reviewed by the Courier show that the Krutohir community bought 4,800 square metres of roofing sheets in two lots in June and July. The records do not show how the materials were distributed.",
            ),
            (
                "paragraph",
                "The channel was created in the spring and has about 3,000 subscribers, a large audience for a town of Krutohir’s size. Its posts mix local news, complaints about the administration and allegations about named officials. Some of its earlier claims, including a report that a school canteen had been closed by health inspectors, turned out to be accurate; others, such as a claim that the community head had left the country, were false. Its authors have never identified themselves.",
            ),
            (
                "quote",
                {
                    "text": "Every sheet is accounted for. We have a register of which house received what, and anyone on the list can come and check their own entry.",
                    "attribution": "Roman Kuzmenko, head of the Krutohir community",
                },
            ),
            (
                "paragraph",
                "Kuzmenko said he would make the distribution register available to journalists with residents’ personal data removed. The Courier has requested it and will compare it with the procurement records.",
            ),
            (
                "paragraph",
                "Residents on the roof repair waiting list told the Courier they had no way of knowing whether the allegations were true, but that the posts had made them anxious about whether their turn would come. One woman in Krutohir said she had been on the list since July and had received no information about when her house would be repaired. The administration says the register shows each household’s place in the queue.",
            ),
            (
                "paragraph",
                "The channel’s authors did not respond to messages from the Courier asking for evidence.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "mlynky-library-warm-point-reading-room",
        "headline": "Mlynky library becomes a warm point, and its reading room has never been busier",
        "standfirst": "The library on Sadova Street has generators, heating and Wi-Fi during outages. Librarians say many visitors who come to charge their phones leave with a book.",
        "authors": ["iryna-pylypenko"],
        "topics": ["culture", "mlynky", "energy"],
        "hours_ago": 193,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a visit to the library and figures provided by its staff.",
        "hero": {
            "caption": "Visitors in the reading room of the Mlynky district library during a power outage.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "People of different ages sit at long tables with books and laptops, phone chargers plugged into extension cords.",
        },
        "body": [
            (
                "paragraph",
                "When the power goes off in Mlynky, the queue at the district library starts to grow. Since the building was designated a city resilience point last month, it has stayed open twelve hours a day, with a generator, a heat pump and a satellite internet connection.",
            ),
            (
                "paragraph",
                "According to the library’s own count, daily visitors have risen from about 40 to more than 250. Most come to charge phones and laptops, warm up or work. Many stay longer than they planned.",
            ),
            (
                "quote",
                {
                    "text": "A man came in to charge his phone and asked if we had anything by the author he read at school. He has come back every day since.",
                    "attribution": "Nina Ostapchuk, senior librarian at the Mlynky district library",
                },
            ),
            (
                "paragraph",
                "Book loans have doubled compared with the same month last year. Children’s picture books and detective novels are most in demand, and the library has started a waiting list for both.",
            ),
            (
                "paragraph",
                "Librarians have also begun holding short readings for children at four in the afternoon, when parents often arrive after work. The library is asking residents to donate children’s books in good condition.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "six-weeks-on-lozovyi-island",
        "headline": "Six weeks on Lozovyi Island: the neighbourhood that refuses to empty",
        "standfirst": "The island has lost its water main, most of its shops and its bus. About 6,000 people still live there. We spent six weeks asking them why.",
        "authors": ["nadiia-levchuk", "maksym-bondar"],
        "topics": ["lozovyi-island", "air-defence", "reconstruction"],
        "hours_ago": 202,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on repeated visits to Lozovyi Island over six weeks, interviews with more than 30 residents, and figures from the city administration and volunteer groups. Some residents are identified by first name only at their request.",
        "hero": {
            "caption": "Evening on Verbova Street, the island’s main street, during a scheduled outage.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A quiet street of low apartment blocks at dusk, a woman walking a dog under bare willow trees.",
        },
        "body": [
            (
                "paragraph",
                "There is a bench at the island end of the Lotsman Bridge where, on most afternoons, three retired women sit and watch who comes and goes. They know which of the island’s residents have left for the winter, which have returned and which have simply stopped going out. They count the water tankers. They notice when the shuttle minibus is late. When we first sat down with them, at the beginning of our six weeks on Lozovyi Island, one of them asked whether we had come to write about the people who left. We said we had come to write about the people who stayed. She moved her bag to make room.",
            ),
            (
                "paragraph",
                "Lozovyi Island was built up in the 1970s as a neighbourhood for workers at the shipyards and the port. It is a long strip of land in the middle of the Ostrivna, about three kilometres from end to end, with willows along the banks that give it its name. Before the war it had around 11,000 residents, two schools, a clinic, a market and a bus route that ran every ten minutes. The city estimates that about 6,000 people live there now. One school is open, the clinic works three days a week, the market has four stalls, and the bus stops on the other side of the bridge.",
            ),
            (
                "paragraph",
                "The island’s position makes it both beautiful and exposed. It is the part of Pristan closest to the river, and the river is the route that drones often follow. Residents have learned to read the night by sound. They describe the engines of drones as a moped in the sky, and they can tell the difference between the sound of air defence firing and that of an impact. Over our six weeks, the island was directly affected three times: a strike on the bank that broke the water main, debris that damaged the bridge, and a blast wave that shattered windows in two blocks on Verbova Street.",
            ),
            (
                "quote",
                {
                    "text": "People ask why I do not go to my daughter in the west. I have been to my daughter. I sat in her flat and listened to the quiet and I could not sleep, because everything I needed to look after was here.",
                    "attribution": "Valentyna, 74, a retired crane operator who has lived on the island since 1979",
                },
            ),
            (
                "paragraph",
                "Reasons for staying are rarely simple. Some residents are caring for relatives who cannot be moved. Some have nowhere else to go that they can afford. Some work in the city and cannot give up their jobs. Many simply describe the island as theirs, in a way that they find hard to explain to outsiders. Volunteers who work on the island say the population has changed: older people and families with teenagers have tended to stay, while families with young children have been more likely to leave, often returning in summer and leaving again before winter.",
            ),
            (
                "paragraph",
                "What keeps the island going is an informal network that has grown up alongside the official services. A nurse who lives in one of the blocks on Verbova Street runs a blood-pressure clinic from her kitchen on Tuesdays. A group of teenagers on bicycles delivers medicines and bread to people who cannot walk to the bridge. The building association chairs have a shared chat in which they report outages, water deliveries and which shelters are open. When the water main broke, it was this chat, not an official announcement, that told most residents where the tankers would stop.",
            ),
            (
                "paragraph",
                "The city has not abandoned the island, but its residents often feel that its attention arrives late. Weeks after the water main broke, the council had still not approved funding for its repair, a delay the mayor’s office attributes to the need to clear the riverbank of unexploded ordnance. The bridge is open only to light vehicles. Residents say that they understand the reasons but that each delay means another month of carrying water up stairs, and that the people who carry it are mostly in their sixties and seventies.",
            ),
            (
                "quote",
                {
                    "text": "We are not asking for a miracle. We are asking for the bus back, the water back and for someone from the city to come here and ask us before they decide things about us.",
                    "attribution": "Serhii Ruban, chair of a building association on Verbova Street",
                },
            ),
            (
                "paragraph",
                "The island’s only open school has become another anchor. It has 212 pupils this year, down from more than 700 before the war, and its basement shelter doubles as a classroom. The principal told us that attendance is highest after a quiet night and lowest after a loud one, and that the school cook has started making extra portions for pupils she suspects are not eating properly at home. On Fridays, the principal said, the leftovers go home with whoever needs them.",
            ),
            (
                "paragraph",
                "On our last afternoon on the island, the shuttle minibus arrived on time, the tanker came twice, and engineers from the water utility could be seen surveying the bank. The three women on the bench said it had been a good day. One of them asked when we would come back. We said we would return when the water is running, and she laughed and said that we should bring our own cups in case.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "regional-hospital-opens-underground-maternity-ward",
        "headline": "Regional hospital opens underground maternity ward",
        "standfirst": "The ward in the hospital’s reinforced basement has two delivery rooms and twelve beds. Doctors say births will no longer have to be interrupted by alerts.",
        "authors": ["nadiia-levchuk"],
        "topics": ["reconstruction", "air-defence", "mlynky"],
        "hours_ago": 212,
        "verification": "verified",
        "verification_note": "Details of the ward confirmed during a visit by a Courier editor.",
        "sourcing": "Based on a visit to the ward and an interview with the hospital’s chief doctor.",
        "hero": {
            "caption": "A delivery room in the new underground maternity ward of Pristan Regional Hospital.",
            "credit": "Pristan Courier",
            "illustrative": False,
            "alt": "A clean windowless medical room with a delivery bed, monitors and bright ceiling lights.",
        },
        "body": [
            (
                "paragraph",
                "Pristan Regional Hospital has opened a maternity ward in its reinforced basement, allowing births to continue without interruption during air-raid alerts.",
            ),
            (
                "paragraph",
                "The ward has two delivery rooms, a neonatal intensive care station and twelve beds. It has its own ventilation system, water tanks and a generator capable of running it for three days without external power.",
            ),
            (
                "quote",
                {
                    "text": "Until now, when the siren sounded, we moved mothers in labour down the stairs on a trolley. A baby does not wait for the all-clear.",
                    "attribution": "Dr Halyna Rudenko, chief doctor of Pristan Regional Hospital",
                },
            ),
            (
                "paragraph",
                "The conversion of the basement, which previously housed storerooms and an old laundry, cost 38 million hryvnias and was paid for by the regional budget and an international medical charity. Work took seven months.",
            ),
            (
                "paragraph",
                "The hospital delivers around 90 babies a month. Rudenko said that the above-ground maternity unit would continue to operate for routine care and that mothers would be moved downstairs when labour begins if an alert is in force or likely.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "lower-town-candidates-debate-in-basement",
        "headline": "Debate night: Lower Town candidates face residents in a basement",
        "standfirst": "About 90 people crowded into the drama theatre’s shelter to question the four candidates. Water, the bridge and the port dominated the evening.",
        "authors": ["olena-marchuk"],
        "topics": ["elections", "lower-town", "city-council"],
        "hours_ago": 221,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on the debate, which the Courier attended and recorded.",
        "hero": {
            "caption": "Candidates answer questions from residents in the drama theatre’s basement hall.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "Four people seated at a small table face a packed audience in a brick-vaulted basement.",
        },
        "body": [
            (
                "paragraph",
                "The only public debate of the Lower Town by-election took place on Tuesday evening in the basement of the former customs house, the drama theatre’s temporary stage. Around 90 residents attended; dozens more followed a live stream.",
            ),
            (
                "paragraph",
                "Questions from the audience focused on everyday problems: the water supply to Lozovyi Island, the weight limit on the Lotsman Bridge, bus routes and the future of the port, which is the constituency’s largest employer.",
            ),
            (
                "paragraph",
                "Stepan Lytvyn of Civic Bridge, the port’s deputy director, argued that the port’s recovery would bring back jobs and tax revenue. Ihor Panasiuk of Pristan Together accused the mayor’s office of slow decisions and non-transparent contracts, citing the disputed vote on the bridge repairs.",
            ),
            (
                "quote",
                {
                    "text": "I am not promising you a new city. I am promising to answer the phone, to come to your building and to read every contract before I vote on it.",
                    "attribution": "Marta Hordiienko, independent candidate",
                },
            ),
            (
                "paragraph",
                "Hordiienko, who taught history at a Lower Town school for three decades, was greeted by several former pupils in the audience. She spoke less about specific projects than about how a councillor should work, promising open hours in a different building each week and a public record of how she votes and why. Asked how she would achieve anything without the support of a faction, she said an independent councillor’s main power was to ask questions in public, and that she intended to use it.",
            ),
            (
                "paragraph",
                "Ruslana Demchenko, a pharmacist, spoke mainly about access to medicines and the closure of the island clinic on weekends. She received the longest applause of the night.",
            ),
            (
                "paragraph",
                "Several questions concerned the port’s role in the constituency. A resident of Portova Street asked Lytvyn whether he would vote on matters concerning the port if elected. Lytvyn said he would abstain on any decision in which the port had a direct interest. Panasiuk said that was not enough and that one person could not represent both the residents and their largest employer.",
            ),
            (
                "paragraph",
                "The debate was interrupted once by an air-raid alert. No one left; the audience was already in the shelter.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "grain-exporters-river-route-costs",
        "headline": "Farmers in Pristan Oblast say the cost of moving grain by river has doubled",
        "standfirst": "Insurance, fuel and delays at the riverport are squeezing margins. Some farms are storing grain and waiting.",
        "authors": ["andrii-savchuk"],
        "topics": ["krutohir", "solonyi-brid", "lower-town"],
        "hours_ago": 231,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on interviews with four farmers and a logistics manager, and figures supplied by the Pristan riverport. Farmers’ cost estimates could not be checked against their accounts.",
        "hero": {
            "caption": "For illustrative purposes only. A grain barge moored at the Pristan riverport.",
            "credit": "Ostrivna Press Photo",
            "illustrative": True,
            "alt": "A long low barge loaded with grain sits beside a quay with idle cranes in the background.",
        },
        "body": [
            (
                "paragraph",
                "Farmers in the upper and lower river valley say it now costs them roughly twice as much to send a tonne of grain by barge from Pristan as it did two years ago, squeezing margins that were already thin.",
            ),
            (
                "paragraph",
                "The farmers interviewed by the Courier named three reasons: higher insurance premiums for cargo on the river, more expensive fuel, and waiting times at the riverport, where loading is halted during every air-raid alert.",
            ),
            (
                "quote",
                {
                    "text": "Last year I could sell at harvest and pay my debts. This year, after transport, I would be selling at a loss. So the grain stays in the bins and I wait.",
                    "attribution": "Mykola Dzhus, a grain farmer near Krutohir",
                },
            ),
            (
                "paragraph",
                "Oleh Kravets, director of the Pristan riverport, said the port handled 40 percent of its pre-war grain volume last month. He said alerts cost the port an average of three loading hours a day.",
            ),
            (
                "paragraph",
                "Storing grain has its own costs. Farms without their own silos pay for space at elevators, and the largest in the upper valley, in Krutohir, has been working at reduced capacity because power outages make drying and ventilation difficult. Several farmers said they had lost part of last year’s harvest to moisture in improvised storage.",
            ),
            (
                "paragraph",
                "A logistics manager at a trading firm said the price difference between Pristan and larger ports was narrowing as insurers adjusted rates, but that farmers in Solonyi Brid, who can use the ferry to reach road routes, had more options than those upstream.",
            ),
            (
                "paragraph",
                "The regional agricultural department said it was discussing with banks the possibility of loans secured against stored grain, which would allow farmers to pay their debts without selling at harvest prices. No such scheme has yet been announced. In the meantime, several farmers said they planned to sow less wheat next season and more crops that can be sold locally, such as sunflowers for the oil press in Krutohir.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "shelling-damages-homes-ozerna-hreblia",
        "headline": "Shelling damages homes on the edge of Ozerna Hreblia; no casualties reported",
        "standfirst": "Five houses and a barn were hit in the village near Krutohir on Saturday afternoon. Residents had taken cover after an alert.",
        "authors": ["andrii-savchuk"],
        "topics": ["krutohir", "air-defence"],
        "hours_ago": 240,
        "verification": "verified",
        "verification_note": "Damage seen by our correspondent on Sunday and confirmed by the community administration.",
        "sourcing": "Based on a visit to the village, interviews with residents and a statement from the Krutohir community administration.",
        "hero": {
            "caption": "A damaged house on the southern edge of Ozerna Hreblia on Sunday morning.",
            "credit": "Andrii Savchuk / Pristan Courier",
            "illustrative": False,
            "alt": "A single-storey rural house with a collapsed section of roof and broken windows, a fallen fence in front.",
        },
        "body": [
            (
                "paragraph",
                "Shelling damaged five houses and a barn on the southern edge of Ozerna Hreblia, a village in the Krutohir community, on Saturday afternoon. No one was hurt, the community administration said.",
            ),
            (
                "paragraph",
                "Residents said they heard several explosions at about 15:20, shortly after an air-raid alert was declared. Most of them were in cellars. One house lost most of its roof; the others had windows and doors blown out.",
            ),
            (
                "quote",
                {
                    "text": "I was in the cellar with the potatoes. When I came up, the kitchen was full of sky.",
                    "attribution": "Petro, 68, whose house lost part of its roof",
                },
            ),
            (
                "paragraph",
                "Community workers covered the damaged roof with tarpaulin on Sunday and distributed plywood for windows. Roman Kuzmenko, the community head, said the houses would be added to the register of damaged property, which gives owners access to state repair compensation.",
            ),
            (
                "paragraph",
                "Neighbours spent Sunday helping each other clear broken glass and roof tiles from their yards. A farmer brought a tractor to pull a collapsed fence off the road. The village shop, which lost its front window, opened as usual at eight, its owner selling bread through a gap in the plywood.",
            ),
            (
                "paragraph",
                "The village lies about a kilometre from the river. It was last hit in the spring.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "council-approves-bus-stop-shelters",
        "headline": "Pristan to install 40 reinforced shelters at bus stops",
        "standfirst": "The concrete modules will be placed at the busiest stops in all districts by spring. The first ten will go to Mlynky.",
        "authors": ["olena-marchuk"],
        "topics": ["city-council", "air-defence", "mlynky"],
        "hours_ago": 250,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on the council decision and an explanation from the city’s civil protection department.",
        "hero": {
            "caption": "A prototype reinforced shelter installed at the Mlynky Market bus stop.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A squat grey concrete box with a narrow entrance and painted blue stripes stands beside a bus stop sign.",
        },
        "body": [
            (
                "paragraph",
                "Pristan City Council has approved the purchase of 40 reinforced concrete shelters to be installed at bus and tram stops across the city, with the first ten going to Mlynky.",
            ),
            (
                "paragraph",
                "Each module can hold about 20 people and is designed to protect against fragments and blast waves, though not a direct hit. The total cost is 26 million hryvnias, to be paid from the city’s reserve fund.",
            ),
            (
                "paragraph",
                "The civil protection department selected stops based on passenger numbers and the distance to the nearest basement shelter. In Mlynky, many stops are more than 300 metres from a public shelter.",
            ),
            (
                "paragraph",
                "The first ten modules are expected to be delivered within six weeks. Installation requires a concrete base and, at some stops, moving kiosks or benches. The department says it will carry out the work at night, outside curfew hours, where possible, to avoid disrupting traffic.",
            ),
            (
                "quote",
                {
                    "text": "People caught at a bus stop during an alert currently have nowhere to go. This will not solve everything, but it gives them a place.",
                    "attribution": "Andrii Kharchenko, head of the city civil protection department",
                },
            ),
            (
                "paragraph",
                "The decision passed with broad support. Opposition councillors asked that the shelters be made accessible to wheelchair users, and the department agreed to adapt the design.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "student-orchestra-rehearses-by-headlamp",
        "headline": "Student orchestra rehearses by headlamp for its autumn concert",
        "standfirst": "Forty musicians from the Pristan music college play Baroque pieces in a dim hall when the power is off. The concert will go ahead whatever the schedule says.",
        "authors": ["iryna-pylypenko"],
        "topics": ["culture", "education"],
        "hours_ago": 259,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a visit to a rehearsal and interviews with the conductor and students.",
        "hero": {
            "caption": "For illustrative purposes only. Sheet music on a stand lit by a small lamp.",
            "credit": "Pristan Courier",
            "illustrative": True,
            "alt": "A music stand holding sheet music lit by a clip-on lamp in an otherwise dark room.",
        },
        "body": [
            (
                "paragraph",
                "The lights went out twenty minutes into Thursday’s rehearsal of the Pristan Music College student orchestra. Nobody stopped playing. Within a minute, forty headlamps were switched on, and the slow movement continued in a pattern of small white circles.",
            ),
            (
                "paragraph",
                "The orchestra is preparing for its autumn concert, a programme of Baroque concertos and a new piece by a composition student. Rehearsals take place three times a week in the college’s main hall, which has no generator.",
            ),
            (
                "quote",
                {
                    "text": "Baroque music was written for candlelight. We are simply being historically accurate.",
                    "attribution": "Oleksandr Chepurnyi, conductor of the student orchestra",
                },
            ),
            (
                "paragraph",
                "Students say the hardest part is not the darkness but the cold. In unheated rooms, string players wear fingerless gloves and wind players warm their instruments under their coats.",
            ),
            (
                "paragraph",
                "The concert will take place in the college’s basement hall, which doubles as a shelter, so it will not have to stop during an alert. Entry is free, with donations going towards a generator for the music college.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "mayor-disputes-auditors-generator-purchases",
        "headline": "Mayor disputes auditors’ findings on city generator purchases",
        "standfirst": "An audit report says the city overpaid for generators last winter. The mayor’s office says the auditors compared prices from the wrong months.",
        "authors": ["olena-marchuk", "taras-hnatiuk"],
        "topics": ["city-council", "energy"],
        "hours_ago": 269,
        "verification": "disputed",
        "verification_note": "The audit office and the mayor’s office dispute the basis for the price comparison. The Courier is reviewing both sets of figures.",
        "sourcing": "Based on the regional audit office’s report, a response from the mayor’s office and procurement records.",
        "hero": {
            "caption": "Generators delivered to a Pristan school last winter.",
            "credit": "Pristan Courier archive",
            "illustrative": False,
            "alt": "Three large green diesel generators on pallets in a snowy schoolyard.",
        },
        "body": [
            (
                "paragraph",
                "A report by the regional audit office says Pristan’s city administration paid too much for generators bought for schools and resilience points last winter. The mayor’s office rejects the findings.",
            ),
            (
                "claim",
                {
                    "text": "The auditors say the city paid on average 34 percent above market prices for 52 diesel generators, an overpayment of about 9.7 million hryvnias.",
                    "status": "disputed",
                    "note": "The mayor’s office says the auditors compared its December purchase prices with market prices from the following summer, when demand and prices had fallen.",
                    "source": "Regional audit office report",
                },
            ),
            (
                "quote",
                {
                    "text": "In December there were no generators on the market at summer prices. The auditors are comparing a winter purchase with a summer catalogue.",
                    "attribution": "Mykhailo Dovhan, mayor of Pristan",
                },
            ),
            (
                "paragraph",
                "Procurement records show the city bought the generators in three lots in December, two of them without a tender under emergency rules. The audit report notes that the city did not document how it had checked prices before signing.",
            ),
            (
                "paragraph",
                "The audit office said its comparison used prices from the same supplier category “in the relevant period” but did not specify the months. It has not responded to the Courier’s request for its calculation.",
            ),
            (
                "paragraph",
                "The difference between the two positions is significant. The Courier found three suppliers’ published prices for comparable generators in December of last year. Two were close to the price the city paid; one was about 20 percent lower, but the supplier’s listing noted a delivery time of eight weeks. We have asked the audit office whether it took delivery times into account.",
            ),
            (
                "paragraph",
                "The generators were bought when the city was preparing for a winter of long outages after a series of attacks on the grid. Several school principals told the Courier that the machines had arrived within days of the order and had allowed their schools to stay open through January. “Whatever the price, the children were warm,” one said. Procurement specialists say emergency rules exist for exactly such situations but do not remove the obligation to document why a price was accepted. The audit report recommends that the city adopt a written procedure for checking prices in emergency purchases, which the mayor’s office says it is already drafting.",
            ),
            (
                "paragraph",
                "Opposition councillors have asked for the report to be discussed at the next council session.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "water-pressure-returns-mlynky-pump-repair",
        "headline": "Water pressure returns to upper floors in Mlynky after pump repair",
        "standfirst": "A pumping station damaged in a power surge is working again. Residents above the fifth floor had been carrying water for nine days.",
        "authors": ["taras-hnatiuk"],
        "topics": ["mlynky", "energy", "reconstruction"],
        "hours_ago": 278,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a statement from Pristan Vodokanal and interviews with residents.",
        "hero": {
            "caption": "A technician checks a pump at the Mlynky booster station.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A man in a blue overall reads a pressure gauge beside a large green pump in a tiled room.",
        },
        "body": [
            (
                "paragraph",
                "Water pressure has been restored to the upper floors of high-rise buildings in northern Mlynky after repairs to a booster pumping station, the municipal water utility Pristan Vodokanal said on Tuesday.",
            ),
            (
                "paragraph",
                "Two of the station’s three pumps were damaged by a power surge when electricity was restored after an emergency outage. For nine days, residents above the fifth floor in about 30 buildings had little or no running water.",
            ),
            (
                "paragraph",
                "Vodokanal replaced the motor on one pump and rewound the other. It has also installed a device that protects the station from surges when power returns, and says it plans to fit similar devices at its other stations.",
            ),
            (
                "quote",
                {
                    "text": "For nine days I filled bottles at my neighbour’s on the second floor. Today I heard the tap cough and then it ran. I stood and listened to it.",
                    "attribution": "Iryna, 71, a resident of the ninth floor of a block on Vodoprovidna Street",
                },
            ),
            (
                "paragraph",
                "The utility says pressure may still drop during long outages, when the station runs on a generator at reduced capacity.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "krutohir-opens-centre-for-returning-residents",
        "headline": "Krutohir opens a centre for residents returning home",
        "standfirst": "The centre helps with documents, repair claims, jobs and school places under one roof. It received more than 60 visitors in its first week.",
        "authors": ["andrii-savchuk"],
        "topics": ["krutohir", "reconstruction"],
        "hours_ago": 288,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a visit to the centre and figures provided by the community administration.",
        "hero": {
            "caption": "A consultant helps a visitor fill in a repair claim at the Krutohir return centre.",
            "credit": "Andrii Savchuk / Pristan Courier",
            "illustrative": False,
            "alt": "Two women sit at a desk looking at a form on a laptop screen, a stack of leaflets beside them.",
        },
        "body": [
            (
                "paragraph",
                "The Krutohir community has opened a centre for residents returning to the town and nearby villages, bringing together services that were previously spread across several offices.",
            ),
            (
                "paragraph",
                "The centre, in the former savings bank building on the main square, has desks for document restoration, claims for damaged housing, the employment service and school enrolment. A lawyer from a legal aid organisation is available twice a week.",
            ),
            (
                "quote",
                {
                    "text": "People used to come back, go to five offices and give up at the third. Now they come to one door.",
                    "attribution": "Roman Kuzmenko, head of the Krutohir community",
                },
            ),
            (
                "paragraph",
                "In its first week the centre received 63 visitors. Most asked about repair compensation and about restoring documents lost when they left.",
            ),
            (
                "paragraph",
                "Several visitors said the main obstacle remained the time it takes to receive compensation once a claim has been filed. The centre’s staff cannot speed up payments, which are decided at state level, but they can check that applications are complete, which the administration says is the most common reason for delays. Staff also help returning residents register their new address and re-enrol with a family doctor.",
            ),
            (
                "paragraph",
                "The centre is open on weekdays from nine to five and on Saturday mornings, when buses from the villages run most often.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "displaced-lower-town-voters-change-address",
        "headline": "Displaced Lower Town voters can change their voting address until Friday",
        "standfirst": "Residents who have moved within Pristan can vote where they now live, but only if they apply in time. About 300 have done so.",
        "authors": ["olena-marchuk"],
        "topics": ["elections", "lower-town"],
        "hours_ago": 297,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on information from the territorial election commission and the voter register office.",
        "hero": {
            "caption": "For illustrative purposes only. A voter information stand in Lower Town.",
            "credit": "Pristan Courier",
            "illustrative": True,
            "alt": "A notice board with printed election information pinned behind glass on a street corner.",
        },
        "body": [
            (
                "paragraph",
                "Voters registered in the Lower Town constituency who have had to move elsewhere in Pristan can still take part in the by-election, but they must apply to temporarily change their voting address by Friday, the territorial election commission has reminded residents.",
            ),
            (
                "paragraph",
                "The application can be made in person at the voter register office in the city administration building or through the register’s online service. Voters need their passport and a document confirming their current address, such as a rental agreement or a certificate of internal displacement.",
            ),
            (
                "paragraph",
                "Voters who change their address will not be able to vote in the Lower Town by-election if they move outside the constituency, the commission stressed. The change only makes sense for those still living within Lower Town but at a different address, for example after moving from a damaged building to relatives on a neighbouring street.",
            ),
            (
                "paragraph",
                "According to the register office, about 300 voters have applied so far. The commission estimates that more than 1,500 Lower Town residents have moved within the constituency since their buildings were damaged.",
            ),
            (
                "quote",
                {
                    "text": "If your home was damaged but you still live in Lower Town, your vote still counts here. You just need to tell us where you are.",
                    "attribution": "Dmytro Oliinyk, chair of the territorial election commission",
                },
            ),
        ],
        "uk": None,
    },
    {
        "slug": "solar-panels-school-roofs-solonyi-brid",
        "headline": "Solar panels on school roofs: Solonyi Brid pilot keeps lights on during outages",
        "standfirst": "Two schools now run lighting, computers and water heaters on solar power and batteries. The community wants to extend the project to its clinic.",
        "authors": ["taras-hnatiuk"],
        "topics": ["energy", "education", "solonyi-brid"],
        "hours_ago": 307,
        "verification": "verified",
        "verification_note": "Generation figures checked against the installer’s monitoring data.",
        "sourcing": "Based on a visit to both schools and data from the installation’s monitoring system, shared by the community administration.",
        "hero": {
            "caption": "Solar panels on the roof of School No. 2 in Solonyi Brid.",
            "credit": "Andrii Savchuk / Pristan Courier",
            "illustrative": False,
            "alt": "Rows of dark blue solar panels angled towards the sun on a flat school roof, a river visible in the distance.",
        },
        "body": [
            (
                "paragraph",
                "Two schools in Solonyi Brid have been running largely on solar power since September, in a pilot project the community hopes to extend to its clinic and water pumps.",
            ),
            (
                "paragraph",
                "The installations on the roofs of the lyceum and School No. 2 have a combined capacity of 60 kilowatts, with battery storage for about six hours of basic consumption. During scheduled outages, the schools keep lighting, computers, the water heater in the canteen and the ventilation of the shelter running.",
            ),
            (
                "paragraph",
                "According to monitoring data reviewed by the Courier, the panels covered 71 percent of the two schools’ electricity needs over the past month. On cloudy days the batteries charge partly from the grid when power is available.",
            ),
            (
                "quote",
                {
                    "text": "Before, an outage meant the children sat in a dark classroom with coats on. Now most of the time they do not notice the grid has gone.",
                    "attribution": "Liliia Marchenko, principal of Solonyi Brid Lyceum No. 1",
                },
            ),
            (
                "paragraph",
                "The project cost 5.4 million hryvnias and was funded by an international development grant. Svitlana Hrab, head of the community, said the community had applied for a second grant to cover the clinic.",
            ),
            (
                "paragraph",
                "Output will fall in December and January. The schools plan to use a diesel generator as a backup during the darkest weeks.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "looting-reports-evacuated-streets-unconfirmed",
        "headline": "Reports of looting in damaged Lozovyi Island buildings unconfirmed, police say",
        "standfirst": "Posts in a residents’ chat described break-ins at flats left empty after a blast. Police say they have received two complaints and found no evidence of organised looting.",
        "authors": ["andrii-savchuk", "olena-marchuk"],
        "topics": ["lozovyi-island", "air-defence"],
        "hours_ago": 316,
        "verification": "not_verified",
        "verification_note": "Claims in the residents’ chat could not be confirmed. Police confirm only two complaints.",
        "sourcing": "Based on posts in a residents’ chat, interviews with two building association chairs and a statement from the district police department.",
        "hero": {
            "caption": "For illustrative purposes only. A boarded-up entrance to an apartment block.",
            "credit": "Pristan Courier",
            "illustrative": True,
            "alt": "The doorway of a concrete apartment block covered with plywood sheets and a handwritten notice.",
        },
        "body": [
            (
                "paragraph",
                "Police in Pristan say they have found no evidence of organised looting on Lozovyi Island, after posts in a residents’ chat claimed that several empty flats had been broken into following last week’s blast on Verbova Street.",
            ),
            (
                "claim",
                {
                    "text": "Posts in the chat said that at least seven flats in two damaged buildings had been entered through broken windows and that televisions and tools had been taken.",
                    "status": "not_verified",
                    "note": "The Courier was unable to reach the owners of the flats mentioned. Police have confirmed two complaints, not seven.",
                    "source": "Posts in a Lozovyi Island residents’ chat",
                },
            ),
            (
                "paragraph",
                "The district police department said it had received two complaints about thefts from damaged flats and had opened criminal proceedings in both cases. Patrols on the island have been increased at night.",
            ),
            (
                "quote",
                {
                    "text": "We understand people are frightened. But rumours spread faster than facts. If something was taken from your flat, report it, and we will investigate.",
                    "attribution": "Spokesperson for the Pristan district police department",
                },
            ),
            (
                "paragraph",
                "One building association chair told the Courier that residents had started taking turns watching the damaged buildings at night. Another said the chat had exaggerated the problem and that the owners of most empty flats had taken their belongings with them.",
            ),
            (
                "paragraph",
                "Residents whose windows were blown out can receive plywood and film from the city’s emergency repair teams.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "inside-the-lotsman-bridge-rebuild",
        "headline": "The bridge that holds the city together: inside the Lotsman Bridge rebuild",
        "standfirst": "Five spans, one damaged, thousands of daily crossings and a contract still under dispute. How the repair of Pristan’s most important bridge is supposed to work, and what could go wrong.",
        "authors": ["taras-hnatiuk", "maksym-bondar"],
        "topics": ["reconstruction", "lozovyi-island", "city-council"],
        "hours_ago": 326,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on the published summary of the engineering inspection, contract documents, interviews with engineers, a contractor’s representative, councillors and residents, and two visits to the bridge.",
        "hero": {
            "caption": "The Lotsman Bridge seen from the Lower Town embankment at dawn.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A long concrete bridge with five arches crosses a misty river towards a wooded island.",
        },
        "body": [
            (
                "paragraph",
                "Before dawn, the Lotsman Bridge belongs to the people who cross it on foot. Nurses going to the night shift at the island clinic, bakers heading the other way to Lower Town, fishermen with folding stools. By seven, the first cars join them, and by eight there is a slow queue of minibuses, delivery vans and parents driving children to the only open school on Lozovyi Island. For the 6,000 people who still live on the island, the bridge is not a piece of infrastructure. It is the way in and the way out. It is also where the island meets the city: where neighbours stop to talk, where the shuttle minibus turns round, and where, for the past month, a temporary water pipe has run along the railings in a black plastic sleeve.",
            ),
            (
                "paragraph",
                "Built in 1974, the bridge has five reinforced concrete spans, each about 60 metres long. Two months ago, debris from a drone downed over the river struck the deck above the third span. The impact cracked two of the span’s six main beams and destroyed an expansion joint, the steel device that allows the deck to move as it expands and contracts with temperature. Engineers who inspected the bridge concluded that it could still carry pedestrians and vehicles up to 3.5 tonnes, but not buses or trucks.",
            ),
            (
                "paragraph",
                "The repair plan has three stages. First, the contractor will install temporary steel supports under the damaged span, working from barges. Second, the cracked beams will be reinforced by bonding carbon-fibre strips to their undersides and injecting resin into the cracks. Third, the expansion joint will be replaced, which requires closing the bridge to vehicles for about ten days. The city says pedestrians will be able to cross throughout, on a temporary walkway. During the ten-day closure to vehicles, the city plans to run a shuttle boat between the embankment and the island for people with limited mobility, and to allow ambulances and fire engines to cross at walking pace under escort.",
            ),
            (
                "quote",
                {
                    "text": "Carbon-fibre reinforcement is a standard technique, and it is fast. The hard part here is not the engineering. It is working over a river, in winter, with sirens, on the only bridge the island has.",
                    "attribution": "Oleksii Semeniuk, a structural engineer at the Pristan Polytechnic who reviewed the inspection summary for the Courier",
                },
            ),
            (
                "paragraph",
                "The contract for the work, worth 214 million hryvnias, was awarded to Pristanmostobud, a regional company that built two smaller bridges in the oblast in the last decade. The council approved it last month in a vote that the opposition Pristan Together faction says was invalid, because two councillors recorded as voting in favour had allegedly left the hall. The council secretary says the record is accurate. The dispute has not stopped preparatory work, but the opposition has said it may go to court.",
            ),
            (
                "paragraph",
                "The price has also drawn questions. Pristan Together argues that the contract includes items not directly related to the damage, including resurfacing the whole bridge deck and replacing railings on all five spans. The city’s infrastructure department says these items were included because the deck surface was already worn and because it makes no sense to close the bridge twice. The Courier has asked for the itemised estimate and will publish an analysis when we receive it.",
            ),
            (
                "paragraph",
                "A representative of Pristanmostobud, who agreed to speak on condition that he not be named because he is not the company’s official spokesperson, said the firm had already ordered the carbon-fibre materials and the new expansion joint, which is being manufactured to order. He said the main risk to the schedule was the weather: resin cannot be applied below five degrees without heated enclosures, which add cost and time.",
            ),
            (
                "paragraph",
                "For island residents, the details matter less than the timeline. The city has promised that the bridge will reopen to buses by the end of February. Residents we spoke to were sceptical, but not hostile. Several said they would accept a longer closure if it meant the work was done properly. What they asked for, repeatedly, was information: a clear schedule, posted at both ends of the bridge, and notice before any closure.",
            ),
            (
                "quote",
                {
                    "text": "We are living through the water main. We can live through the bridge. But tell us the dates, and tell us the truth if the dates change.",
                    "attribution": "Serhii Ruban, chair of a building association on Verbova Street, Lozovyi Island",
                },
            ),
            (
                "paragraph",
                "The infrastructure department says it will publish a weekly progress report on the repair, something residents are also demanding for the water main. The Courier will track both.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "poetry-evening-raises-money-village-school-generator",
        "headline": "Poetry evening in Krutohir raises money for a village school generator",
        "standfirst": "Local poets, pupils and a retired actor read to a full house in the town’s cultural centre. The evening raised enough for the generator and fuel for a month.",
        "authors": ["iryna-pylypenko"],
        "topics": ["culture", "education", "krutohir"],
        "hours_ago": 335,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on the event, which the Courier attended, and figures provided by the organisers.",
        "hero": {
            "caption": "A pupil from Ozerna Hreblia reads her poem at the Krutohir cultural centre.",
            "credit": "Andrii Savchuk / Pristan Courier",
            "illustrative": False,
            "alt": "A teenage girl holding a sheet of paper reads into a microphone on a small stage decorated with paper sunflowers.",
        },
        "body": [
            (
                "paragraph",
                "About 150 people filled the Krutohir cultural centre on Sunday for a poetry evening that raised 142,000 hryvnias for a generator for the school in Ozerna Hreblia.",
            ),
            (
                "paragraph",
                "The programme included poems by local authors, readings by pupils from three schools in the community and a performance by a retired actor from the Pristan Drama Theatre, who read a cycle of poems about the river written in the 1960s by a Krutohir schoolteacher.",
            ),
            (
                "quote",
                {
                    "text": "Our school has been cold and dark for half of every lesson since the autumn began. Tonight people bought us light with poems.",
                    "attribution": "Oksana Moroz, a teacher at the Ozerna Hreblia school",
                },
            ),
            (
                "paragraph",
                "The organisers, a group of parents and teachers, said the money would cover a generator, wiring and fuel for the first month. Several local businesses have promised to cover fuel costs after that.",
            ),
            (
                "paragraph",
                "The evening ended with a reading by a twelve-year-old pupil of a poem she wrote about the school bus returning to her village. The organisers said they would publish the poems read that night in a small booklet.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "council-register-damaged-homes-queues",
        "headline": "City launches register of damaged homes; residents complain of long queues",
        "standfirst": "Registration is required to claim repair compensation. Residents say they waited up to five hours at the only office accepting paper applications.",
        "authors": ["olena-marchuk"],
        "topics": ["city-council", "reconstruction", "lower-town"],
        "hours_ago": 345,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on interviews with residents at the registration office and a response from the mayor’s office.",
        "hero": {
            "caption": "Residents queue outside the registration office on Sobornyi Avenue.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A long line of people in coats, many elderly, stretches along a building wall on a grey morning.",
        },
        "body": [
            (
                "paragraph",
                "Pristan’s city administration has opened a municipal register of damaged homes, which residents must join to claim compensation for repairs. In its first week, the register has produced long queues at the only office that accepts paper applications.",
            ),
            (
                "paragraph",
                "Residents can apply online, but many of those whose homes have been damaged are elderly and do not use the online service. At the office on Sobornyi Avenue, people told the Courier they had waited between three and five hours. Some left when an air-raid alert closed the office for an hour and a half.",
            ),
            (
                "quote",
                {
                    "text": "I came at seven with my documents in a bag. At noon I was still on the stairs. My roof has been leaking since August.",
                    "attribution": "Mykola, 77, from Lower Town",
                },
            ),
            (
                "paragraph",
                "The mayor’s office said it would open two additional reception points, in Mlynky and on Lozovyi Island, from next week, and that social workers would visit residents with limited mobility at home.",
            ),
            (
                "paragraph",
                "The register is required by a new city rule that ties municipal repair compensation to an inspection by a commission. Residents who recorded damage in the national register earlier in the year must register again with the city, a requirement many told the Courier they did not understand. The mayor’s office said the city register allowed it to pay compensation from the municipal budget faster than the national programme.",
            ),
            (
                "paragraph",
                "On Thursday the Courier returned to the office at eight in the morning. About 60 people were already waiting. Staff had introduced numbered tickets after complaints that people had been pushed out of the queue, and a volunteer was handing out tea. An official said the office processed about 150 applications a day and that each took at least ten minutes, because many applicants arrived without all the documents they needed.",
            ),
            (
                "paragraph",
                "Councillor Bohdan Yaremchuk said the city had been warned about the demand. More than 4,000 homes in Pristan have been damaged since the beginning of the year, according to the city’s own figures.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "curfew-to-begin-hour-earlier",
        "headline": "Night curfew in Pristan to begin an hour earlier from Monday",
        "standfirst": "The curfew will run from 23:00 to 05:00, the regional military administration says. Shops and transport will adjust their hours.",
        "authors": ["taras-hnatiuk"],
        "topics": ["air-defence", "city-council"],
        "hours_ago": 354,
        "verification": "",
        "verification_note": "",
        "sourcing": "According to an order of the regional military administration published on Friday, and information from the city transport department.",
        "hero": {
            "caption": "For illustrative purposes only. An empty street in central Pristan at night.",
            "credit": "Pristan Courier archive",
            "illustrative": True,
            "alt": "A deserted city street at night with wet asphalt reflecting a single traffic light.",
        },
        "body": [
            (
                "paragraph",
                "The night curfew in Pristan and the surrounding districts will begin an hour earlier from Monday, running from 23:00 to 05:00, according to an order of the regional military administration.",
            ),
            (
                "paragraph",
                "The administration said the change was made because of increased night attacks but gave no further details. The curfew in other parts of the oblast remains unchanged.",
            ),
            (
                "paragraph",
                "The city transport department said the last trams and buses would leave their terminals at 22:15. Taxis must complete trips before 23:00. Pharmacies with night service will continue to operate behind closed doors, serving customers through a window.",
            ),
            (
                "paragraph",
                "Anyone found outside during curfew without a permit may be detained until their identity is established. Permits are issued to medical staff, utility workers, volunteers on official assignments and journalists.",
            ),
            (
                "paragraph",
                "Shop owners in central Pristan said the change would cost them their last hour of evening trade, which many rely on because customers come in after work. Several cafés on the embankment said they would close at 22:00 to give staff time to get home. The city said it would ask the regional administration to review the decision after a month.",
            ),
            (
                "paragraph",
                "Residents who need to reach a shelter during a curfew-time alert do not need a permit to do so.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "commission-rejects-rumour-votes-annulled-during-alerts",
        "headline": "Election commission rejects rumour that votes will be annulled during long alerts",
        "standfirst": "A message circulating in Lower Town chats claims ballots cast before a long alert would be thrown out. The commission says there is no such rule.",
        "authors": ["olena-marchuk"],
        "topics": ["elections", "lower-town"],
        "hours_ago": 364,
        "verification": "verified",
        "verification_note": "We checked the claim against the commission’s published procedure and the electoral code. No such rule exists.",
        "sourcing": "Based on the text of the circulating message, the territorial election commission’s procedure for voting during alerts and an interview with its chair.",
        "hero": {
            "caption": "A sealed ballot box during a training session for polling station staff.",
            "credit": "Pristan Courier",
            "illustrative": False,
            "alt": "Hands pressing a paper seal with a stamp onto the slot of a transparent ballot box.",
        },
        "body": [
            (
                "paragraph",
                "A message forwarded in several Lower Town residents’ chats this week claims that if an air-raid alert on voting day lasts more than two hours, all ballots cast at that polling station before the alert will be annulled and voting will be restarted.",
            ),
            (
                "claim",
                {
                    "text": "All votes cast before an alert lasting more than two hours will be declared invalid, and voters will have to vote again.",
                    "status": "disputed",
                    "note": "The territorial election commission says this is false. Its published procedure provides for sealing ballot boxes during alerts and resuming voting afterwards, with no annulment.",
                    "source": "Anonymous message forwarded in residents’ chats",
                },
            ),
            (
                "paragraph",
                "The commission’s procedure, published last month, says that during an alert voting is suspended, ballot boxes are sealed in the presence of observers, and the number of issued ballots is recorded. When the alert ends, the seals are checked and voting resumes. The procedure says nothing about annulling votes, and the electoral code does not provide for it.",
            ),
            (
                "quote",
                {
                    "text": "Your ballot is safe in a sealed box. Nobody will throw it away because a siren went off. Please do not let a rumour keep you from voting early in the day.",
                    "attribution": "Dmytro Oliinyk, chair of the territorial election commission",
                },
            ),
            (
                "paragraph",
                "It is not clear who wrote the message. All four candidates’ campaigns told the Courier they had nothing to do with it.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "riverport-reopens-second-quay",
        "headline": "Pristan riverport reopens its second quay after repairs",
        "standfirst": "The quay, damaged by a strike in the spring, can again handle grain barges. Port managers say it will shorten waiting times.",
        "authors": ["andrii-savchuk"],
        "topics": ["lower-town", "reconstruction"],
        "hours_ago": 373,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a statement from the port administration and a visit to the quay.",
        "hero": {
            "caption": "A crane loads grain into a barge at the newly repaired second quay.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A yellow harbour crane swings a grain spout over an open barge hold on a sunny day.",
        },
        "body": [
            (
                "paragraph",
                "The Pristan riverport has reopened its second quay after a six-month repair, doubling the number of barges it can load at the same time.",
            ),
            (
                "paragraph",
                "The quay was damaged in the spring by a strike that destroyed a crane and part of the concrete mooring wall. Repairs included rebuilding 40 metres of the wall and installing a crane moved from a disused berth.",
            ),
            (
                "quote",
                {
                    "text": "With one quay, every alert meant a queue of barges on the river. With two, we can catch up after the all-clear.",
                    "attribution": "Oleh Kravets, director of the Pristan riverport",
                },
            ),
            (
                "paragraph",
                "The port is the largest employer in Lower Town, with about 700 staff. Kravets said the port would hire around 40 more dockworkers for the second quay.",
            ),
            (
                "paragraph",
                "Dockworkers said the reopening made a visible difference on the first day. Barges that had waited at anchor in the river for up to two days were brought alongside within hours. Loading still stops during every air-raid alert, when crews must leave the cranes for the port’s shelter, but with two quays working the backlog clears faster once the alert is over.",
            ),
            (
                "paragraph",
                "The repair cost 61 million hryvnias, paid by the state-owned company that operates the port.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "parents-petition-shelter-mlynky-kindergarten",
        "headline": "Parents petition for a shelter at Mlynky kindergarten",
        "standfirst": "Kindergarten No. 24 closes whenever an alert is declared because it has no basement. More than 600 residents have signed a petition asking the city to build one.",
        "authors": ["iryna-pylypenko"],
        "topics": ["education", "mlynky", "air-defence"],
        "hours_ago": 383,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on the petition on the city’s website, interviews with parents and a response from the city education department.",
        "hero": {
            "caption": "Kindergarten No. 24 on Lypova Street, Mlynky.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A two-storey kindergarten with a colourful fence and an empty playground under bare trees.",
        },
        "body": [
            (
                "paragraph",
                "More than 600 residents of Mlynky have signed a petition asking Pristan City Council to build a shelter at Kindergarten No. 24, which closes for the day whenever an air-raid alert is declared before nine in the morning.",
            ),
            (
                "paragraph",
                "The kindergarten building has no basement. During alerts, children are taken to the shelter of a school 400 metres away, which staff say takes too long with groups of three-year-olds. As a result, the kindergarten has been closed on about a third of working days this autumn.",
            ),
            (
                "quote",
                {
                    "text": "Every closed day is a day one of us cannot go to work. Most of us are nurses, shop assistants, drivers. We cannot work from home.",
                    "attribution": "Yevheniia Kravchenko, a mother who organised the petition",
                },
            ),
            (
                "paragraph",
                "Petitions with more than 500 signatures must be considered by the council. The city education department said a shelter at the kindergarten was on its list for next year but that funding depended on budget amendments the council has yet to consider.",
            ),
            ("paragraph", "Parents plan to attend the next council session."),
        ],
        "uk": None,
    },
    {
        "slug": "what-city-resilience-points-offer",
        "headline": "Generators on every block? What the city’s resilience points actually offer",
        "standfirst": "Pristan has 58 resilience points. We visited ten of them to see what they provide, when they are open and what they lack.",
        "authors": ["taras-hnatiuk"],
        "topics": ["energy", "city-council", "mlynky"],
        "hours_ago": 392,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on visits to ten resilience points across the city, the city’s official list and information from the department of emergency situations.",
        "hero": {
            "caption": "For illustrative purposes only. Phones charging at a resilience point.",
            "credit": "Pristan Courier",
            "illustrative": True,
            "alt": "A tangle of phone chargers and cables plugged into a power strip on a wooden table.",
        },
        "body": [
            (
                "paragraph",
                "When the city declared its network of resilience points last winter, the promise was simple: wherever you live in Pristan, there would be a warm place within walking distance where you could charge a phone, get a hot drink and connect to the internet during a long outage. There are now 58 of them, according to the city’s official list.",
            ),
            (
                "paragraph",
                "The Courier visited ten resilience points in four districts over two weeks, during outages and outside them. All ten were open at the hours listed. All had a working generator and heating. Eight had a working internet connection; at the other two, staff said the satellite terminal had been taken for repair.",
            ),
            (
                "paragraph",
                "Capacity varied widely. The library in Mlynky can seat about 80 people and was full on both of our visits. A point in a school gym on Lozovyi Island had room for 150 but was used by a dozen. Several points, especially in kindergartens, closed at five in the afternoon, when many people come home from work to a dark flat.",
            ),
            (
                "paragraph",
                "Accessibility was uneven. Of the ten points we visited, four had a step-free entrance. At a point in a Lower Town kindergarten, staff said they had helped a woman in a wheelchair up a flight of stairs the previous week. Two points had separate quiet rooms for parents with babies; the others did not. Only three displayed any written information about the location of the nearest shelter, although staff at all of them could tell us when asked.",
            ),
            (
                "paragraph",
                "Staff at the points were almost all municipal employees reassigned from other jobs: librarians, school caretakers, clerks from district offices. Several said they had received no training beyond a short briefing and had learned on the job how to handle crowded rooms, frightened children and, on one occasion, a visitor who fainted. The department said a first-aid course for all resilience-point staff would begin next month.",
            ),
            (
                "quote",
                {
                    "text": "The daytime is not the problem. The problem is the evening, when the children need to do homework and the power is off. That is when we need a warm place with light.",
                    "attribution": "A resident of Mlynky we met at the district library",
                },
            ),
            (
                "paragraph",
                "The department of emergency situations said it was considering extending the hours of points in the largest districts until nine in the evening, subject to funding for additional staff and fuel. It also said the official list would be updated to show which points have internet access and which are accessible to wheelchair users.",
            ),
            (
                "paragraph",
                "The full list of resilience points, with addresses and opening hours, is published on the city’s website. The Courier has added the results of our visits to our energy page.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "unverified-video-strike-solonyi-brid-warehouse",
        "headline": "Unverified video appears to show strike on warehouse in Solonyi Brid",
        "standfirst": "A short clip circulating online shows a fire at what appears to be an industrial building by the river. Authorities have not commented.",
        "authors": ["andrii-savchuk"],
        "topics": ["solonyi-brid", "air-defence"],
        "hours_ago": 402,
        "verification": "not_verified",
        "verification_note": "We could not confirm the location, date or cause of the fire shown in the video.",
        "sourcing": "Based on a video shared on social media, an analysis of its visual details by the Courier and attempts to reach local officials.",
        "hero": {
            "caption": "For illustrative purposes only. Warehouses on the riverbank in Solonyi Brid, photographed in the spring.",
            "credit": "Pristan Courier archive",
            "illustrative": True,
            "alt": "A row of long low warehouses with corrugated roofs beside a river under a cloudy sky.",
        },
        "body": [
            (
                "paragraph",
                "A 24-second video shared on social media on Thursday night appears to show a large fire at an industrial building on the riverbank in Solonyi Brid.",
            ),
            (
                "claim",
                {
                    "text": "Accounts sharing the video say it shows a strike on a warehouse used by a fishing cooperative, filmed from the opposite bank shortly after midnight.",
                    "status": "not_verified",
                    "note": "The outline of the buildings is consistent with warehouses on the Solonyi Brid riverbank, but we could not confirm when the video was recorded or what caused the fire.",
                    "source": "Social media accounts sharing the video",
                },
            ),
            (
                "paragraph",
                "The Courier compared the video with photographs of the Solonyi Brid riverbank in our archive. The shape of the roofs and the position of a water tower in the background are similar to those of the warehouses near the fishing harbour, but the video is too dark to be certain.",
            ),
            (
                "paragraph",
                "The Solonyi Brid community administration did not respond to calls on Friday morning. The regional military administration’s morning briefing reported attacks on the oblast overnight but did not list specific locations.",
            ),
            (
                "paragraph",
                "Videos of strikes are often recirculated months after they were filmed or attributed to the wrong place. The Courier does not publish such material as confirmed until its origin has been established. We will update this article if we learn more.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "artists-paint-murals-plywood-windows-lower-town",
        "headline": "Artists turn plywood window covers in Lower Town into murals",
        "standfirst": "A group of painters has decorated more than 70 boarded-up windows along the embankment. Residents chose the subjects.",
        "authors": ["maksym-bondar"],
        "topics": ["culture", "lower-town"],
        "hours_ago": 411,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on interviews with the artists and residents, and a walk along the embankment.",
        "hero": {
            "caption": "A mural of river boats painted on plywood covering a shop window on Naberezhna Street.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A plywood sheet painted with colourful boats on blue water fixed over a shop window.",
        },
        "body": [
            (
                "paragraph",
                "Along Naberezhna Street in Lower Town, windows blown out by blast waves have been covered with plywood for months. Since September, more than 70 of those sheets have been turned into paintings.",
            ),
            (
                "paragraph",
                "The project was started by a group of eight artists, most of them graduates of the Pristan art school. Before painting, they knock on doors and ask residents or shop owners what they would like to see. The answers have included river boats, sunflowers, a cat that used to live in the courtyard and a portrait of a grandmother’s house in a village near Krutohir.",
            ),
            (
                "quote",
                {
                    "text": "The plywood is a wound. We do not hide the wound. We just make it possible to look at.",
                    "attribution": "Daryna Kolesnyk, one of the artists",
                },
            ),
            (
                "paragraph",
                "Paint and brushes are donated by a hardware shop in Mlynky. When the plywood is eventually replaced by glass, the artists plan to collect the panels and exhibit them.",
            ),
            (
                "paragraph",
                "Not everyone is enthusiastic. One shop owner told the Courier he would rather have his windows back than a painting. The artists say they only paint where they are invited.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "krutohir-teachers-salaries-delayed-union-says",
        "headline": "Teachers’ salaries in Krutohir delayed, union says; administration blames bank transfer",
        "standfirst": "The local teachers’ union says last month’s salaries were paid ten days late. The community administration says the delay was technical and has been resolved.",
        "authors": ["iryna-pylypenko", "andrii-savchuk"],
        "topics": ["education", "krutohir"],
        "hours_ago": 421,
        "verification": "not_verified",
        "verification_note": "The union’s figures and the administration’s explanation could not be independently checked.",
        "sourcing": "Based on a statement from the Krutohir branch of the teachers’ union and a response from the community administration’s finance department.",
        "hero": {
            "caption": "For illustrative purposes only. A classroom in a Krutohir school.",
            "credit": "Pristan Courier archive",
            "illustrative": True,
            "alt": "An empty classroom with wooden desks, a green chalkboard and autumn light through tall windows.",
        },
        "body": [
            (
                "paragraph",
                "Teachers in the Krutohir community received last month’s salaries ten days late, according to the local branch of the teachers’ union, which has demanded an explanation from the community administration.",
            ),
            (
                "claim",
                {
                    "text": "The union says about 230 teachers and school staff were affected and that this was the second delay this year, after a similar one in March.",
                    "status": "not_verified",
                    "note": "The administration confirmed a delay but did not confirm the number of staff affected or the earlier delay.",
                    "source": "Krutohir branch of the teachers’ union",
                },
            ),
            (
                "paragraph",
                "The community’s finance department said the salaries had been delayed because a transfer from the state education subvention arrived late and then had to be resubmitted because of a banking error. It said all salaries had now been paid in full.",
            ),
            (
                "paragraph",
                "Teachers the Courier spoke to said the delay had forced some of them to borrow money to pay rent and utility bills. One, who teaches in a village school, said she had been unable to buy fuel for the generator she uses to charge pupils’ tablets during outages.",
            ),
            (
                "quote",
                {
                    "text": "Teachers in Krutohir stayed when others left. They are owed their pay on time, not an apology after the fact.",
                    "attribution": "Tetiana Horbach, head of the Krutohir branch of the teachers’ union",
                },
            ),
            (
                "paragraph",
                "The union has asked the administration to publish the dates on which the subvention was received and the salaries were paid. The Courier has made the same request.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "civic-bridge-nominates-port-manager-lower-town",
        "headline": "Civic Bridge nominates port manager for Lower Town council seat",
        "standfirst": "The mayor’s party has chosen Stepan Lytvyn, the riverport’s deputy director, as its candidate. Pristan Together is expected to name its candidate next week.",
        "authors": ["olena-marchuk"],
        "topics": ["elections", "lower-town", "city-council"],
        "hours_ago": 430,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on the party’s announcement and an interview with the candidate.",
        "hero": {
            "caption": "Stepan Lytvyn speaks to party members after his nomination.",
            "credit": "Pristan Courier",
            "illustrative": False,
            "alt": "A man in a dark jacket speaks at a lectern in a small conference room with a banner behind him.",
        },
        "body": [
            (
                "paragraph",
                "Civic Bridge, the party of Mayor Mykhailo Dovhan, has nominated Stepan Lytvyn, deputy director of the Pristan riverport, as its candidate in the Lower Town by-election.",
            ),
            (
                "paragraph",
                "Lytvyn, 44, has worked at the port for 19 years, starting as a dispatcher. He has led the port’s repair programme since the spring strike that damaged its second quay.",
            ),
            (
                "quote",
                {
                    "text": "Lower Town lives from the river. If the port works, the shops work, the bakery works, people stay. That is my programme in one sentence.",
                    "attribution": "Stepan Lytvyn, Civic Bridge candidate",
                },
            ),
            (
                "paragraph",
                "Asked whether he would keep his job at the port if elected, Lytvyn said councillors in Pristan are not paid and that he would continue to work there. Opposition councillors have said this would create a conflict of interest when the council votes on matters concerning the port, which is owned by the state. Lytvyn said he would abstain in such votes.",
            ),
            (
                "paragraph",
                "The by-election will fill the seat left vacant by Vasyl Honchar, a Civic Bridge councillor who resigned in the spring, citing health reasons.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "what-we-know-night-of-river-strikes",
        "headline": "What we know, and what we don’t, about the night of the river strikes",
        "standfirst": "Three people were injured, a port warehouse burned and two blocks on Lozovyi Island lost their windows. A week later, some questions about that night remain open.",
        "authors": ["nadiia-levchuk", "taras-hnatiuk"],
        "topics": ["air-defence", "lower-town", "lozovyi-island"],
        "hours_ago": 440,
        "verification": "verified",
        "verification_note": "Core facts confirmed by officials, the hospital and our own reporters at the scene. Some claims made about that night remain unverified and are marked as such below.",
        "sourcing": "Based on reporting by Courier staff at the scene, statements from the regional military administration, the city administration, Pristan Regional Hospital and the riverport, and interviews with more than 20 residents.",
        "hero": {
            "caption": "Firefighters at the burning warehouse in the Pristan riverport in the early hours of Monday.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "Firefighters direct water jets at a warehouse roof glowing orange against a black night sky.",
        },
        "body": [
            (
                "paragraph",
                "In the early hours of Monday last week, Pristan experienced one of its most intense nights of the autumn. Explosions were heard in Lower Town and on Lozovyi Island over roughly forty minutes. A warehouse in the riverport burned until morning, two apartment blocks on Verbova Street had their windows blown out, and three people were taken to hospital. In the days since, residents have shared a great deal of information about that night, some of it accurate and some of it not. This article sets out what the Courier has been able to confirm, what remains unconfirmed, and what we are still trying to find out.",
            ),
            (
                "paragraph",
                "What we know. The air-raid alert was declared at 01:52 and lifted at 04:31, according to the city’s siren log. The regional military administration said that drones and at least one missile were used in the attack on Pristan and that most were intercepted. The riverport administration confirmed that a storage warehouse near the first quay caught fire after being hit; it held empty containers and packaging materials, and no one was inside. Firefighters extinguished the blaze at about 07:00. Courier reporters saw the damaged warehouse later that morning: its roof had collapsed along most of its length, and the neighbouring building, an office used by the port’s dispatchers, had lost its windows. The port suspended loading at the first quay for two days while the site was inspected.",
            ),
            (
                "paragraph",
                "On Lozovyi Island, a blast wave from an explosion on or near the riverbank shattered windows in two five-storey blocks on Verbova Street and damaged the roof of a garage cooperative. Pristan Regional Hospital said it admitted three people from the island with cuts from broken glass; two were discharged the same day and one, a man in his sixties, remained in hospital for several days with injuries that were not life-threatening. Power was cut to parts of Lower Town and the island for about six hours. Residents of the two damaged blocks spent Monday covering windows with film and plywood supplied by the city’s emergency repair teams. Eleven families whose flats were judged unsafe were offered temporary accommodation in a college dormitory in Mlynky; according to the city, seven accepted and the others chose to stay with relatives.",
            ),
            (
                "claim",
                {
                    "text": "Residents of several streets in Lower Town said they did not hear the siren at the start of the alert and learned about it only from phone notifications or from the first explosions.",
                    "status": "verified",
                    "note": "The city’s civil protection department confirmed that one siren covering part of Lower Town was out of service that night and was awaiting replacement under the city’s siren upgrade programme.",
                    "source": "Lower Town residents; city civil protection department",
                },
            ),
            (
                "paragraph",
                "What we do not know. The number of drones and missiles used, and the number intercepted, come from the regional military administration. The Courier has no way of verifying these figures independently, and we have reported them with attribution. We also do not yet know exactly what caused the blast on Lozovyi Island: whether it was a strike on the bank, falling debris from an interception, or something else. Officials have said an investigation is under way. Residents have offered different accounts of where the explosion happened, and the craters and debris our reporters saw on the bank on Monday were consistent with more than one explanation. We have chosen not to speculate until the investigation has reported.",
            ),
            (
                "claim",
                {
                    "text": "Posts widely shared on social media claimed that the Lotsman Bridge was hit that night and that its third span had partially collapsed.",
                    "status": "not_verified",
                    "note": "Courier reporters crossed the bridge on Monday morning and saw no new damage. The city’s infrastructure department said an inspection found no change to the bridge’s condition. We found no evidence to support the claim.",
                    "source": "Social media posts",
                },
            ),
            (
                "claim",
                {
                    "text": "A message circulated in residents’ chats said that a second warehouse in the port, containing fuel, had also been hit and that residents should keep their windows closed because of toxic smoke.",
                    "status": "not_verified",
                    "note": "The port administration says only one warehouse was hit and that it did not contain fuel. The regional environmental inspectorate said air quality measurements taken on Monday were within normal limits. We could not identify the origin of the message.",
                    "source": "Messages in residents’ chats",
                },
            ),
            (
                "paragraph",
                "What we are still asking. We have asked the regional military administration whether it will publish the results of its investigation into the Lozovyi Island blast. We have asked the city when the Lower Town siren will be replaced and whether others are out of service. And we have asked the port whether the warehouse fire will affect its operations. We will update this article with the answers. So far, the city has told us that the replacement siren for Lower Town is due to be installed within two weeks and that a temporary mobile siren is being used in the meantime.",
            ),
            (
                "quote",
                {
                    "text": "On a night like that, everyone becomes a reporter, and most of them mean well. Our job is to slow down, check and tell you clearly which parts we are sure of.",
                    "attribution": "Nadiia Levchuk, editor-in-chief of The Pristan Courier",
                },
            ),
            (
                "paragraph",
                "If you have information about the events of that night, including photographs or videos, you can send them to our newsroom. We will not publish anything we cannot verify, and we will not identify you without your consent.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "first-reconstruction-tender-new-transparency-rules",
        "headline": "Pristan holds its first reconstruction tender under new transparency rules",
        "standfirst": "The repair of School No. 8 is the first project where all bids, estimates and inspections will be published online. Five companies have applied.",
        "authors": ["olena-marchuk"],
        "topics": ["reconstruction", "city-council", "education"],
        "hours_ago": 450,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on the tender documents published on the city’s procurement page and interviews with the head of the city’s reconstruction office and an anti-corruption activist.",
        "hero": {
            "caption": "For illustrative purposes only. Scaffolding on the facade of a Pristan school.",
            "credit": "Ostrivna Press Photo",
            "illustrative": True,
            "alt": "Metal scaffolding covered with green mesh along the facade of a three-storey brick building.",
        },
        "body": [
            (
                "paragraph",
                "Pristan has opened its first reconstruction tender under rules adopted by the city council this summer, which require every bid, cost estimate and technical inspection for rebuilding projects to be published online.",
            ),
            (
                "paragraph",
                "The tender covers the repair of School No. 8 in Mlynky, whose roof and top floor were damaged in a strike last winter. The estimated cost is 47 million hryvnias. Five companies submitted bids, all of which can now be viewed in full on the city’s procurement page.",
            ),
            (
                "paragraph",
                "Under the new rules, the winning contractor must also publish photographs of completed work at each stage, and an independent engineer will sign off on each payment. Residents can submit comments on the project during a two-week consultation period.",
            ),
            (
                "paragraph",
                "The bids published so far vary significantly. The lowest is 39.8 million hryvnias, the highest 51.2 million. Two of the five companies are based in Pristan; the others are from elsewhere in the country. One bidder has proposed finishing the roof before the end of winter, while the others propose completing the work in the summer, when pupils are on holiday.",
            ),
            (
                "quote",
                {
                    "text": "Rebuilding will take years and cost more money than this city has ever spent. The only way people will trust it is if they can see every step.",
                    "attribution": "Oksana Tymoshchuk, head of the city’s reconstruction office",
                },
            ),
            (
                "paragraph",
                "Anti-corruption activists welcomed the rules but said the real test would be enforcement. One activist noted that the Lotsman Bridge contract, awarded under emergency procedures, was not subject to them.",
            ),
            (
                "paragraph",
                "The city’s reconstruction office says the rules will apply to every rebuilding project funded wholly or partly from the city budget, including schools, clinics and housing. Projects funded by international donors may follow the donors’ own rules, which in some cases are stricter. The office has published a short guide for residents explaining how to read the documents and how to submit a comment.",
            ),
            (
                "paragraph",
                "The winner of the School No. 8 tender is expected to be announced within a month.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "mlynky-market-traders-return-rents-frozen",
        "headline": "Traders return to Mlynky market as the city freezes stall rents",
        "standfirst": "The market lost half its traders after a blast damaged its roof last winter. With rents frozen and the roof repaired, most stalls are occupied again.",
        "authors": ["maksym-bondar"],
        "topics": ["mlynky", "reconstruction", "city-council"],
        "hours_ago": 460,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on interviews with traders and the market’s management, and the council decision on rents.",
        "hero": {
            "caption": "A vegetable seller arranges produce at the Mlynky market on Saturday morning.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A woman in a knitted hat arranges cabbages, carrots and apples on a market stall under a new metal roof.",
        },
        "body": [
            (
                "paragraph",
                "On Saturday mornings the Mlynky market is crowded again. Of its 140 stalls, 118 are now occupied, up from 64 in the spring, according to the municipal company that runs it.",
            ),
            (
                "paragraph",
                "The market’s roof was damaged last winter by a blast wave. For months, traders worked under tarpaulins, and many moved their stalls to the roadside or stopped trading. The roof was repaired in the summer, and in September the city council froze stall rents for a year.",
            ),
            (
                "quote",
                {
                    "text": "I sold from the boot of my car for four months. Now I have a roof, a counter and my regular customers back. The frozen rent is why I could afford to return.",
                    "attribution": "Halyna Kotsiuba, who sells vegetables from her farm near Krutohir",
                },
            ),
            (
                "paragraph",
                "The market has installed a generator for lighting and card terminals, and a shelter in the basement of the administration building is open during alerts.",
            ),
            (
                "paragraph",
                "Traders say customers have less money than before, and that most people buy in smaller quantities. But they say the market is busier on days when the power is off, because people come out of cold flats.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "krutohir-substation-rebuild-will-take-months",
        "headline": "Energy company says Krutohir substation rebuild will take months",
        "standfirst": "The town has been supplied through a temporary line since the substation was destroyed. Outages there are longer than anywhere else in the oblast.",
        "authors": ["taras-hnatiuk", "andrii-savchuk"],
        "topics": ["energy", "krutohir", "reconstruction"],
        "hours_ago": 471,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a statement from Pristanoblenergo and interviews with residents and the community administration.",
        "hero": {
            "caption": "For illustrative purposes only. High-voltage power lines crossing a field near Krutohir.",
            "credit": "Ostrivna Press Photo",
            "illustrative": True,
            "alt": "Steel pylons carrying power lines across a ploughed field under a low grey sky.",
        },
        "body": [
            (
                "paragraph",
                "Rebuilding the main substation that supplies Krutohir will take at least five months, the regional grid operator Pristanoblenergo said this week, warning residents to expect long outages through the winter.",
            ),
            (
                "paragraph",
                "The substation was destroyed in an attack in the summer. Since then, Krutohir and the surrounding villages have been supplied through a temporary line from a neighbouring district, which can carry only about half of the town’s peak demand.",
            ),
            (
                "paragraph",
                "As a result, outages in Krutohir are longer than elsewhere in the oblast. According to the community administration, households in the town had power for an average of 11 hours a day last month.",
            ),
            (
                "quote",
                {
                    "text": "We have ordered the transformers, but they are made to order and there is a queue across the whole country. We cannot rebuild faster than the equipment arrives.",
                    "attribution": "Kateryna Moroz, spokesperson for Pristanoblenergo",
                },
            ),
            (
                "paragraph",
                "The community has installed generators at the hospital, the water pumping station and the schools. Roman Kuzmenko, the community head, said it was seeking funding for a second temporary line that would increase capacity before the coldest months.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "rumours-mandatory-evacuation-solonyi-brid",
        "headline": "Rumours of mandatory evacuation from Solonyi Brid untrue, community head says",
        "standfirst": "Messages circulating in the town claimed residents would be ordered to leave by the end of the month. Officials say no such decision has been made.",
        "authors": ["andrii-savchuk"],
        "topics": ["solonyi-brid", "air-defence"],
        "hours_ago": 482,
        "verification": "not_verified",
        "verification_note": "We could not establish the origin of the messages. Officials deny that an evacuation order is planned; we cannot independently confirm future decisions.",
        "sourcing": "Based on messages shared in local chats, interviews with residents, and statements from the Solonyi Brid community head and the regional military administration.",
        "hero": {
            "caption": "For illustrative purposes only. The main street of Solonyi Brid in the afternoon.",
            "credit": "Pristan Courier archive",
            "illustrative": True,
            "alt": "A quiet small-town street with single-storey shops, a bus stop and a few pedestrians.",
        },
        "body": [
            (
                "paragraph",
                "Messages spreading in Solonyi Brid this week claimed that the town’s residents would be ordered to leave by the end of the month. Officials say no such decision has been made.",
            ),
            (
                "claim",
                {
                    "text": "The messages said that a mandatory evacuation of families with children from Solonyi Brid had already been approved and would be announced within days.",
                    "status": "not_verified",
                    "note": "The community head and the regional military administration both say no such decision exists. We could not identify who started the messages.",
                    "source": "Messages forwarded in local chats",
                },
            ),
            (
                "quote",
                {
                    "text": "There is no evacuation order. If there ever is one, you will hear it from me, at a public meeting, not from an anonymous message.",
                    "attribution": "Svitlana Hrab, head of the Solonyi Brid community",
                },
            ),
            (
                "paragraph",
                "The regional military administration said in a written reply that decisions on mandatory evacuation are taken on the basis of the security situation and are announced officially. It said no such decision had been taken for Solonyi Brid.",
            ),
            (
                "paragraph",
                "Several residents told the Courier that the messages had caused panic, with some families packing their bags. The community administration said it would hold an open meeting at the town’s cultural centre on Saturday to answer questions.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "embankment-festival-goes-ahead-daylight-only",
        "headline": "River festival on the Lower Town embankment goes ahead, in daylight only",
        "standfirst": "The annual festival was shortened to one afternoon and moved closer to shelters. Organisers say about 3,000 people came.",
        "authors": ["iryna-pylypenko"],
        "topics": ["culture", "lower-town"],
        "hours_ago": 495,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on the Courier’s reporting at the festival and figures from the organisers.",
        "hero": {
            "caption": "Children watch a puppet show on the Lower Town embankment during the river festival.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A crowd of children sits on the ground in front of a small puppet theatre with the river behind them.",
        },
        "body": [
            (
                "paragraph",
                "The river festival, held on the Lower Town embankment every autumn for more than thirty years, took place on Sunday in a shorter and more cautious form. About 3,000 people attended, according to the organisers.",
            ),
            (
                "paragraph",
                "Instead of a weekend of concerts ending with fireworks, this year’s festival ran from noon to five. The stages were set up near the entrances to two shelters, and stewards were trained to guide visitors to them during an alert. There were no fireworks.",
            ),
            (
                "paragraph",
                "The programme included a puppet show, a craft market, readings by local writers and a concert by a folk ensemble from Solonyi Brid. A rowing race between teams from the three districts, a festival tradition, was held over a shortened course.",
            ),
            (
                "quote",
                {
                    "text": "We argued for a long time about whether to hold it at all. In the end we decided that the river should still belong to us, even for five hours.",
                    "attribution": "Andrii Lozynskyi, one of the festival’s organisers",
                },
            ),
            (
                "paragraph",
                "There was no alert during the festival. The team from Mlynky won the rowing race.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "people-who-keep-lozovyi-island-supplied",
        "headline": "Nurse, cyclist, volunteer: the people who keep Lozovyi Island supplied",
        "standfirst": "Since buses stopped crossing the Lotsman Bridge, an informal network has moved medicine, bread and water to the island’s residents. Three of its members describe a typical day.",
        "authors": ["maksym-bondar"],
        "topics": ["lozovyi-island", "reconstruction"],
        "hours_ago": 510,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on interviews and two days spent with the people featured.",
        "hero": {
            "caption": "Teenage volunteer Artem crosses the Lotsman Bridge with a cargo bicycle loaded with bread.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "A teenager pedals a cargo bicycle laden with bread bags across a bridge, the river and island behind him.",
        },
        "body": [
            (
                "paragraph",
                "Lidiia, 58, is a nurse at the island clinic. On Tuesdays, when the clinic is closed, she runs a blood-pressure check in her kitchen. Up to 20 people come. She keeps a notebook with their readings and calls the ones who miss a week.",
            ),
            (
                "paragraph",
                "Artem, 16, delivers bread and medicines by cargo bicycle. He collects orders from a chat group every evening, picks up goods in Lower Town after school and crosses the bridge before dark. He says he knows the staircase of every block on Verbova Street.",
            ),
            (
                "quote",
                {
                    "text": "Some of them cannot walk to the bridge any more. If I do not come, they do not eat fresh bread. It is that simple.",
                    "attribution": "Artem, a volunteer courier on Lozovyi Island",
                },
            ),
            (
                "paragraph",
                "Viktor, 63, a retired ship mechanic, coordinates water deliveries for his building association. He knows which neighbours need canisters carried up and which can manage. He keeps a small hand cart in the lobby for anyone who needs it.",
            ),
            (
                "paragraph",
                "None of them is paid, and none of them describes what they do as volunteering. Asked why she does it, Lidiia looked surprised. “Who else?” she said.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "maritime-college-reopens-labs-after-repairs",
        "headline": "Pristan Maritime College reopens its laboratories after repairs",
        "standfirst": "The college’s engine and navigation labs were closed for a year after a blast damaged the building. Students say practical training is what they missed most.",
        "authors": ["iryna-pylypenko"],
        "topics": ["education", "reconstruction", "lower-town"],
        "hours_ago": 560,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a visit to the college and interviews with staff and students.",
        "hero": {
            "caption": "Students at the navigation simulator of Pristan Maritime College.",
            "credit": "Iryna Pylypenko / Pristan Courier",
            "illustrative": False,
            "alt": "Two students in uniform sit at a ship’s bridge simulator with screens showing a river channel.",
        },
        "body": [
            (
                "paragraph",
                "Pristan Maritime College has reopened its engine room and navigation laboratories after a year of repairs, allowing its 600 students to return to hands-on training.",
            ),
            (
                "paragraph",
                "The labs, on the ground floor of the college’s main building in Lower Town, were damaged by a blast wave from a strike on the nearby port. Windows, ceilings and electrical systems had to be replaced, and the navigation simulator was sent to the manufacturer for repair.",
            ),
            (
                "paragraph",
                "For a year, students studied engine maintenance from videos and diagrams. Some were sent to work on barges in the port for short placements.",
            ),
            (
                "quote",
                {
                    "text": "You cannot learn to take apart a diesel engine from a screen. The first day back in the lab, nobody wanted to go home.",
                    "attribution": "Serhii Obukh, head of the college’s marine engineering department",
                },
            ),
            (
                "paragraph",
                "The repairs cost 12 million hryvnias, shared between the regional budget and the college’s own funds. The college has also converted part of its basement into a shelter where theory classes can continue during alerts.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "city-to-upgrade-sirens-after-complaints",
        "headline": "City to upgrade air-raid sirens after residents say they cannot hear them",
        "standfirst": "The civil protection department will replace 35 old mechanical sirens with electronic ones that can broadcast voice messages. Mlynky and Lower Town come first.",
        "authors": ["taras-hnatiuk"],
        "topics": ["air-defence", "city-council", "mlynky"],
        "hours_ago": 620,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on the council decision, information from the city civil protection department and residents’ complaints submitted through the city’s online service.",
        "hero": {
            "caption": "For illustrative purposes only. An old mechanical siren on a building roof.",
            "credit": "Pristan Courier",
            "illustrative": True,
            "alt": "A rusted mechanical siren on a rooftop with television antennas around it.",
        },
        "body": [
            (
                "paragraph",
                "Pristan will replace 35 of its old mechanical air-raid sirens with electronic systems over the next four months, after hundreds of residents complained that they could not hear alerts in their homes.",
            ),
            (
                "paragraph",
                "According to the city’s online complaints service, more than 400 residents reported problems hearing sirens between January and September, most of them in the high-rise blocks of Mlynky and in parts of Lower Town. Many said they relied entirely on phone notifications, which do not work when networks are down.",
            ),
            (
                "paragraph",
                "The new sirens are louder, cover a larger area and can broadcast voice messages, such as instructions to go to the nearest shelter. They can also run on batteries during power outages, which some of the old sirens cannot.",
            ),
            (
                "quote",
                {
                    "text": "A siren that people cannot hear is not a siren. We have mapped the gaps and we will fill them district by district.",
                    "attribution": "Andrii Kharchenko, head of the city civil protection department",
                },
            ),
            (
                "paragraph",
                "The upgrade will cost 19 million hryvnias. The department says it will test the new sirens on weekdays at noon after installation and announce the tests in advance.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "krutohir-roof-repair-programme-reaches-300-homes",
        "headline": "Krutohir’s roof repair programme reaches 300 homes",
        "standfirst": "Volunteer crews and a local contractor have covered damaged roofs before winter. About 150 households remain on the waiting list.",
        "authors": ["andrii-savchuk"],
        "topics": ["krutohir", "reconstruction"],
        "hours_ago": 760,
        "verification": "verified",
        "verification_note": "Figures confirmed against the community’s published repair register; our correspondent visited five of the repaired homes.",
        "sourcing": "Based on the community’s repair register, interviews with crews and homeowners and visits to repaired houses.",
        "hero": {
            "caption": "A volunteer crew fixes metal sheets to a roof in Krutohir.",
            "credit": "Andrii Savchuk / Pristan Courier",
            "illustrative": False,
            "alt": "Three men on a pitched roof fix grey metal sheets with power drills while a fourth passes up materials.",
        },
        "body": [
            (
                "paragraph",
                "The Krutohir community’s programme to repair roofs damaged by shelling has reached 300 homes, according to the community’s published register. The aim is to have every household on the list under a sound roof before the first snow.",
            ),
            (
                "paragraph",
                "The work is done by two volunteer crews and a local building firm contracted by the community. Materials are bought by the community and by a charitable foundation; homeowners pay nothing.",
            ),
            (
                "quote",
                {
                    "text": "We do three roofs on a good day. The hardest part is the old houses, where the beams are rotten and you have to rebuild from the walls up.",
                    "attribution": "Vitalii Bondarenko, leader of one of the volunteer crews",
                },
            ),
            (
                "paragraph",
                "The register lists each repaired address, the date of completion and the amount of material used. The Courier visited five of the listed homes and found the repairs completed as described.",
            ),
            (
                "paragraph",
                "About 150 households remain on the waiting list. Priority goes to families with children, people with disabilities and older people living alone.",
            ),
        ],
        "uk": None,
    },
    {
        "slug": "veterans-workshop-mlynky-furniture-returning-families",
        "headline": "Veterans’ workshop in Mlynky builds furniture for returning families",
        "standfirst": "A carpentry workshop run by former soldiers makes beds, tables and shelves for families moving back into repaired flats. Most of the wood is salvaged.",
        "authors": ["maksym-bondar", "iryna-pylypenko"],
        "topics": ["mlynky", "reconstruction"],
        "hours_ago": 920,
        "verification": "",
        "verification_note": "",
        "sourcing": "Based on a visit to the workshop and interviews with its members and a family that received furniture.",
        "hero": {
            "caption": "Members of the workshop assemble a bunk bed in a garage in Mlynky.",
            "credit": "Maksym Bondar / Pristan Courier",
            "illustrative": False,
            "alt": "Two men in work clothes fit the frame of a wooden bunk bed in a garage filled with planks and tools.",
        },
        "body": [
            (
                "paragraph",
                "In a row of garages behind a block of flats in Mlynky, a group of veterans has spent the past six months building furniture for families returning to Pristan.",
            ),
            (
                "paragraph",
                "The workshop has made more than 120 pieces so far: bunk beds, tables, benches, shelves and a few wardrobes. Most of the wood comes from demolished sheds, old floorboards and pallets donated by the riverport.",
            ),
            (
                "quote",
                {
                    "text": "Working with my hands helps me sleep. And when a family tells you their children have their own beds for the first time in two years, you sleep even better.",
                    "attribution": "Oleh, a former soldier and one of the workshop’s founders",
                },
            ),
            (
                "paragraph",
                "Families are referred to the workshop by the city’s social services department and by volunteer groups. The furniture is free. The workshop asks only that families who no longer need it pass it on.",
            ),
            (
                "paragraph",
                "The veterans are looking for a larger space with electricity and heating for the winter. The city has offered a former warehouse in Lower Town, but it needs repairs.",
            ),
        ],
        "uk": None,
    },
]
