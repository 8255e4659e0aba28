"""German page furniture, advertising and site names (all invented)."""

# fmt: off
WORDS: dict[str, tuple[str, ...]] = {
    "first_name": ("Henrike", "Jannis", "Merle", "Bastian", "Ilka", "Torben", "Svenja", "Lorenz", "Wiebke",
                   "Matthis", "Dörte", "Kilian", "Romy", "Anselm", "Frauke", "Jonte"),
    "last_name": ("Brakemeier", "Oltmanns", "Wenzlaff", "Kückelhaus", "Steinbrink", "Vogtländer",
                  "Hasselkamp", "Rübsam", "Tiedemann", "Quast", "Lüdersen", "Ebbinghaus", "Pfannkuch",
                  "Morgenroth", "Zierenberg"),
    "place_a": ("Ober", "Nieder", "Alt", "Neu", "Wald", "Bruch", "Eich", "Linden", "Rosen", "Stein",
                "Hohen", "Mühl", "Kirch", "Wester"),
    "place_b": ("wellingen", "hausen", "feld", "bach", "dorf", "heim", "rode", "stedt", "brück", "berg",
                "au", "winkel", "kamp"),
    "paper": ("Kurier", "Anzeiger", "Rundschau", "Tagblatt", "Bote", "Zeitung", "Nachrichten", "Echo",
              "Post", "Volksblatt", "Landbote", "Kreisblatt", "Allgemeine"),
    "adjective": ("Kleine", "Stille", "Krumme", "Grüne", "Wilde", "Alte", "Helle", "Rostige", "Neugierige",
                  "Nördliche"),
    "noun": ("Küche", "Werkbank", "Laterne", "Kiste", "Wiese", "Kammer", "Speisekammer", "Streuobstwiese",
             "Schreibstube", "Hecke"),
    "topic": ("Garten", "Fotografie", "Fahrrad", "Sauerteig", "Aquaristik", "Modellbahn", "Camping",
              "Hi-Fi", "Holzwerkstatt", "Imkerei", "Oldtimer", "Wohnmobil"),
    "site_news": ("{place}er {paper}", "{paper} {place}", "{place}er {paper} Online",
                  "{place}er {paper} am Sonntag", "{place} aktuell", "{place}er {paper} & {paper}"),
    "site_blog": ("Die {adjective} {noun}", "{first_name}s {noun}", "Notizen aus {place}",
                  "{noun} & {noun}", "Blog aus der {noun}"),
    "site_community": ("{topic}-Forum", "{topic}treff", "{topic}-Stammtisch {place}", "Das {topic}-Board",
                       "{topic} fragen", "{topic}-Community"),
    "site_reference": ("{place}-Wiki", "{topic}-Wiki", "{topic}lexikon", "Offenes {topic}-Lexikon"),
    "site_letter": ("Der {place}-Newsletter", "{first_name}s Wochenbrief", "Briefe aus der {noun}",
                    "Sonntagspost aus {place}", "{topic}-Depesche"),
    "company": ("{last_name} Mediengruppe", "{place}er Verlagsgesellschaft mbH",
                "{last_name} & {last_name} Medien", "{brand} Digital GmbH",
                "Zeitungsverlag {place} GmbH & Co. KG"),
    "street": ("{last_name}straße {n}", "Am Markt {n}", "Mühlenweg {n}", "Hafenstraße {n}",
               "Lindenallee {n}"),
    "price": ("{a} €", "{a},99 €", "{a},- €"),
    "decimal": (",",),
    "tld": (".de", ".de", ".at", ".ch", ".info", ".online"),
    "months": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
               "Oktober", "November", "Dezember"),
    "date": ("{d}. {month} {y}", "{dd}.{mm}.{y}", "{d}.{m}.{y}"),
    "time": ("{h}:{mi} Uhr", "{h}.{mi} Uhr"),
    "ad_label": ("Anzeige", "ANZEIGE", "Werbung", "Anzeige – Weiterlesen nach der Werbung"),
    "sponsored": ("Gesponsert", "Sponsored", "Bezahlter Inhalt", "In Kooperation mit {brand}", "Promotion"),
    "ad_tagline": ("Hören ohne Kompromisse", "gemacht für Regentage", "Ihre Küche, neu gedacht",
                   "Versicherung ohne Kleingedrucktes", "frischer Kaffee jede Woche",
                   "leicht reisen, weit kommen", "die Bank, die zurückruft", "endlich besser schlafen",
                   "Solarstrom ganz einfach", "Brillen in 48 Stunden", "Altersvorsorge verständlich erklärt"),
    "ad_pitch": ("Bis zu {percent} % Rabatt auf die Frühjahrskollektion – nur bis Sonntag.",
                 "Ab {price} mit kostenlosem Versand und Rückversand.",
                 "Vergleichen Sie 40 Stromtarife in weniger als fünf Minuten.",
                 "Jetzt buchen: Die zweite Nacht ist gratis.",
                 "Kostenlose Beratung bei Ihnen zu Hause – unverbindlich.",
                 "Neukunden sparen {percent} % auf die erste Bestellung.",
                 "Festzins ab {rate} % für Neukunden.", "30 Tage kostenlos testen, jederzeit kündbar.",
                 "Über {n}0 Filialen – auch in Ihrer Nähe.", "Bis 20 Uhr bestellt, morgen geliefert.",
                 "Ihr persönliches Angebot in zwei Minuten.",
                 "Nur solange der Vorrat reicht: jetzt für {price}."),
    "ad_cta": ("Mehr erfahren", "Jetzt kaufen", "Angebot anfordern", "Jetzt buchen", "Zum Angebot",
               "Jetzt bestellen", "Kostenlos testen", "Jetzt vergleichen"),
    "native_heading": ("Das könnte Sie auch interessieren", "Aus dem Netz", "Von unseren Partnern",
                       "Empfohlene Artikel", "Gesponserte Links", "Mehr aus dem Web"),
    "native_vendor": ("Empfohlen von {brand}", "Links von {brand}", "Inhalte von {brand}"),
    "native_teaser": ("Hausbesitzer in {place} schwören auf diesen Heiztrick",
                      "Diese Schublade vergessen fast alle beim Putzen",
                      "{n} Dinge, die Ihnen vor der Rente niemand sagt",
                      "Warum Physiotherapeuten dieses günstige Kissen empfehlen",
                      "So viel kostet eine Woche {place} im Jahr {year} wirklich",
                      "Autofahrer über 50 kennen diese Versicherungsregel oft nicht",
                      "{n} Bilder zeigen, wie sich {place} verändert hat",
                      "Dieser ruhige Küstenort ist der neue Geheimtipp für Käufer",
                      "Die Morgengewohnheit, die Ihrem Rücken schadet"),
    "shop": ("{brand}", "{brand} Shop", "{brand} Versand", "{brand} Markt", "{brand} Outlet"),
    "buy_at": ("Bei {shop} kaufen", "Preis bei {shop} prüfen", "Bei {shop} ansehen", "{price} bei {shop}"),
    "view_deal": ("Zum Angebot", "Preis prüfen", "Zum Shop", "Aktueller Preis"),
    "deal_heading": ("Die besten Angebote heute", "Hier kaufen", "Aktuelle Preise", "Produkt im Handel"),
    "disclosure": ("Für Käufe über Links auf dieser Seite erhalten wir eine Provision.",
                   "{site} erhält bei Käufen über einige Links eine kleine Vergütung.",
                   "Dieser Artikel enthält Affiliate-Links.", "Mit * markierte Links sind Provisionslinks."),
    "nl_heading": ("Der Morgen-Newsletter", "Keine Nachricht verpassen", "Jetzt Newsletter abonnieren",
                   "Die Woche in fünf Minuten", "Unsere besten Texte per E-Mail"),
    "nl_pitch": ("Jeden Werktag um 7 Uhr: die Themen, über die {site}-Leser sprechen.",
                 "Kostenlos anmelden und jeden Freitag die Empfehlungen der Redaktion erhalten.",
                 "Schon {n}.000 Leserinnen und Leser starten mit {site} in den Tag.",
                 "Eine E-Mail pro Woche, kein Spam, jederzeit abbestellbar."),
    "nl_button": ("Anmelden", "Abonnieren", "Jetzt anmelden", "Kostenlos abonnieren"),
    "email_placeholder": ("Ihre E-Mail-Adresse", "E-Mail", "name@beispiel.de"),
    "nl_privacy": ("Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.",
                   "Sie können sich jederzeit abmelden.", "Wir geben Ihre Adresse nicht weiter."),
    "sub_pitch": ("{site} digital lesen für {price} im Monat.",
                  "Unterstützen Sie Lokaljournalismus: Jetzt abonnieren.",
                  "Alle Artikel für {price} in den ersten drei Monaten.",
                  "Sie haben diesen Monat noch {n} kostenlose Artikel.",
                  "Gefällt Ihnen {site}? Alle Artikel für {price} pro Woche."),
    "sub_button": ("Abonnieren", "Jetzt testen", "Abo abschließen", "Unterstützen"),
    "app_pitch": ("Die {site}-App herunterladen", "{site} in der kostenlosen App lesen",
                  "Eilmeldungen aufs Handy: Jetzt die App laden", "Unsere App ist schneller. Jetzt testen"),
    "app_button": ("Öffnen", "Installieren", "Herunterladen", "Zur App"),
    "announcement": ("Gutscheine jetzt auch online: Verschenken Sie einen Abend bei {site}.",
                     "Versandkostenfrei ab {price} Bestellwert.",
                     "Neu: online bestellen und im Laden abholen.",
                     "Winterschlussverkauf: {percent} % Rabatt bis {date}.",
                     "Jetzt für die Feiertage reservieren – Tische und Gutscheine bei {site}.",
                     "Mitglieder sparen dieses Wochenende {percent} % auf alles."),
    "follow_us": ("Folgen Sie uns", "{site} in den sozialen Netzwerken", "Bleiben Sie in Kontakt"),
    "made_this": ("Nachgekocht? Markiere {handle} und zeig es uns!",
                  "Lecker? Folge {handle} für mehr Rezepte.", "Neue Rezepte jeden Sonntag – jetzt anmelden."),
    "home": ("Startseite", "Home", "Start"),
    "menu": ("Menü", "Ressorts", "Navigation"),
    "sections": ("Nachrichten", "Lokales", "Politik", "Wirtschaft", "Sport", "Kultur", "Meinung", "Wissen",
                 "Gesundheit", "Reise", "Genuss", "Digital", "Wetter", "Bildung", "Immobilien", "Jobs",
                 "Traueranzeigen", "Rätsel", "Auto", "Leben", "Video", "Podcasts", "Veranstaltungen",
                 "Umwelt", "Geld", "Panorama"),
    "skip": ("Zum Inhalt springen", "Direkt zum Inhalt", "Zur Navigation"),
    "search": ("Suche", "Suchen", "Seite durchsuchen"),
    "search_placeholder": ("Suchbegriff eingeben…", "Artikel suchen", "Wonach suchen Sie?"),
    "login": ("Anmelden", "Einloggen", "Mein Konto", "Registrieren"),
    "legal": ("Impressum", "Datenschutz", "AGB", "Cookie-Einstellungen", "Kontakt", "Über uns",
              "Barrierefreiheit", "Mediadaten", "Karriere", "Leserservice", "Nutzungsbedingungen",
              "Sitemap", "Hilfe", "Abo kündigen"),
    "rights": ("Alle Rechte vorbehalten.", "Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.",
               "Vervielfältigung nur mit Genehmigung des Verlags."),
    "copyright": ("© {year} {site}", "Copyright © {year} {company}", "© {company} {year0}–{year}",
                  "{site} © {year}"),
    "footer_extra": ("{site} ist ein Angebot der {company}.", "Sitz der Gesellschaft: {place}.",
                     "Chefredaktion: {name}", "Herausgegeben von der {company}, {street}, {place}.",
                     "Redaktion erreichen: {email}", "Amtsgericht {place}, HRB {number}"),
    "cookie_title": ("Wir respektieren Ihre Privatsphäre", "Cookies auf {site}", "Ihre Privatsphäre",
                     "Datenschutz-Einstellungen"),
    "cookie_1": (
        "Wir verwenden Cookies, damit diese Website funktioniert und wir verstehen, wie sie genutzt wird.",
        "{site} und unsere Partner speichern Informationen auf Ihrem Gerät und rufen sie ab.",
        "Diese Website verwendet Cookies und ähnliche Technologien.",
        "Wir und unsere {n} Partner nutzen Cookies für personalisierte Inhalte und Werbung.",
    ),
    "cookie_2": ("Einige sind notwendig, andere helfen uns, unser Angebot zu verbessern.",
                 "Mit Ihrer Einwilligung nutzen wir sie auch für Werbung und Reichweitenmessung.",
                 "Sie können Ihre Auswahl jederzeit unter Cookie-Einstellungen ändern.",
                 "Ihre Daten können auch außerhalb der EU verarbeitet werden."),
    "cookie_more": ("Mehr Informationen", "Zur Datenschutzerklärung", "Partner anzeigen"),
    "cookie_accept": ("Alle akzeptieren", "Akzeptieren", "Zustimmen", "OK", "Einverstanden"),
    "cookie_reject": ("Alle ablehnen", "Nur notwendige", "Ablehnen", "Weiter ohne Zustimmung"),
    "cookie_settings": ("Einstellungen", "Optionen verwalten", "Anpassen"),
    "cookie_overview": (
        "Wir legen kleine Dateien, sogenannte Cookies, auf Ihrem Gerät ab. Einige halten die Seite "
        "am Laufen und sind immer aktiv; die übrigen bleiben aus, bis Sie sie erlauben.",
        "Wählen Sie, welche Arten von Cookies wir verwenden dürfen. Ihre Wahl können Sie jederzeit "
        "über den Datenschutz-Link am Fuß jeder Seite ändern.",
    ),
    "cookie_necessary": (
        "Notwendig",
        "Unbedingt erforderliche Cookies",
    ),
    "cookie_necessary_text": (
        "Ohne sie lädt die Seite nicht richtig: Sie merken sich Ihre Auswahl hier, halten Anmeldung"
        " und Formulare in Gang und schützen sie vor Missbrauch.",
        "Wir setzen sie aus Sicherheitsgründen und um Ihre Datenschutz-Auswahl zu speichern; ohne "
        "sie würden Teile der Seite nicht funktionieren.",
    ),
    "cookie_analytics": (
        "Statistik",
        "Leistung",
    ),
    "cookie_analytics_text": (
        "Damit erfahren wir ungefähr, wie viele Menschen einen Beitrag lesen und ob sie über eine "
        "Suchmaschine oder einen Link kamen, nie aber, wer sie sind.",
        "Unser Statistikwerkzeug zählt Seitenaufrufe und Lesedauer in der Summe; so sieht die "
        "Redaktion, worüber sie mehr berichten sollte.",
    ),
    "cookie_advertising": (
        "Marketing",
        "Werbung",
    ),
    "cookie_advertising_text": (
        "Mit ihnen merken sich Werbenetzwerke, dass Ihr Browser hier war, und wählen danach die "
        "Anzeigen aus, die Sie anderswo sehen.",
        "Wenn Sie zustimmen, können die Anzeigen auf unseren Seiten auf Sie zugeschnitten und "
        "gezählt werden, damit Werbekunden nur für Gesehenes zahlen.",
    ),
    "cookie_always": (
        "Immer aktiv",
        "Erforderlich",
    ),
    "share": ("Teilen", "Artikel teilen", "Diesen Artikel teilen"),
    "email": ("E-Mail", "Mail"),
    "copy_link": ("Link kopieren",),
    "print": ("Drucken", "Seite drucken"),
    "save": ("Merken", "Speichern", "Artikel merken"),
    "published": ("Veröffentlicht am {date}", "{date}", "Erschienen am {date}", "{date}, {time}"),
    "updated": ("Aktualisiert am {date}", "Zuletzt aktualisiert: {date}", "Aktualisiert {time}"),
    "reading_time": ("{n} Min. Lesezeit", "Lesezeit: {n} Minuten", "{n} Minuten"),
    "related": ("Das könnte Sie auch interessieren", "Mehr zum Thema", "Lesen Sie auch", "Meistgelesen",
                "Neueste Artikel", "Mehr aus {section}"),
    "more_from": ("Mehr von {site}", "Mehr von {name}", "Auch auf {site}"),
    "comments_count": ("{n} Kommentare", "Kommentare ({n})", "{n} Leserkommentare",
                       "Diskutieren Sie mit ({n})"),
    "comment_leave": ("Kommentar schreiben", "Schreibe einen Kommentar", "Ihre Meinung"),
    "comment_signin": ("Zum Kommentieren bitte anmelden", "Sie müssen angemeldet sein, um zu kommentieren.",
                       "Melden Sie sich an oder registrieren Sie sich, um mitzudiskutieren."),
    "comment_sort": ("Sortieren: Neueste zuerst", "Sortieren: Älteste zuerst", "Beliebteste"),
    "comment_more": ("Weitere Kommentare laden", "Alle Kommentare anzeigen", "{n} weitere Kommentare"),
    "comment_rules": ("Bitte bleiben Sie sachlich und beim Thema.",
                      "Kommentare werden moderiert und erscheinen zeitverzögert.",
                      "Bitte beachten Sie unsere Netiquette."),
    "label_name": ("Name", "Ihr Name"),
    "label_comment": ("Kommentar", "Ihr Kommentar"),
    "post_comment": ("Kommentar abschicken", "Absenden", "Veröffentlichen"),
    "reply": ("Antworten",),
    "report": ("Melden",),
    "quote": ("Zitieren",),
    "like": ("Gefällt mir", "Hilfreich"),
    "author_more": ("Mehr Artikel von {name}", "Alle Texte von {name}", "Alle Beiträge von {name}"),
    "follow": ("Folgen", "{name} folgen"),
    "tags": ("Schlagworte:", "Themen:", "Tags:"),
    "posted_in": ("Veröffentlicht in {section}", "Kategorie: {section}", "Abgelegt unter {section}"),
    "posted_by": ("Eingestellt von {name} um {time}", "Eingestellt von {name}", "Von {name} um {time}"),
    "previous": ("Vorheriger Beitrag", "← Zurück", "Älter"),
    "next": ("Nächster Beitrag", "Weiter →", "Neuer"),
    "back_to_top": ("Nach oben", "Zurück nach oben"),
    "weather": ("{temp} °C, bewölkt", "{temp} °C, heiter", "{temp} °C, leichter Regen", "{temp} °C, klar"),
    "noscript": ("Bitte aktivieren Sie JavaScript, um die Kommentare zu sehen.",
                 "Diese Seite funktioniert am besten mit aktiviertem JavaScript."),
    "headline_subject": ("Der Gemeinderat", "Die Freiwillige Feuerwehr", "Das Kreiskrankenhaus",
                         "Eine Dorfschule", "Die Fährgesellschaft", "Das Heimatmuseum", "Die Polizei",
                         "Der Sportverein", "Eine Bäckerei in der Altstadt", "Der Wasserverband",
                         "Die Stadt {place}", "Der Bürgermeister von {place}", "Die Hochschule",
                         "Der Wochenmarkt"),
    "headline_predicate": ("vertagt die Entscheidung über das Hallenbad",
                           "bekommt ein neues Zuhause am Fluss", "sucht einen entlaufenen Hund",
                           "gewinnt einen Landespreis", "verkürzt die Öffnungszeiten im Winter",
                           "plant einen Radweg nach {place}", "rüstet sich für die Sturmsaison",
                           "feiert 50-jähriges Bestehen", "erhöht die Preise ab April",
                           "öffnet für ein Wochenende seine Türen",
                           "steht wegen Parkgebühren in der Kritik", "meldet einen Rekordsommer",
                           "sucht Ehrenamtliche", "bekommt Fördergeld für die Sanierung"),
    "jump_recipe": ("Direkt zum Rezept", "Zum Rezept springen", "Zum Rezept"),
    "print_recipe": ("Rezept drucken", "Drucken"),
    "save_recipe": ("Merken", "Rezept speichern", "Pinnen"),
    "rate": ("Rezept bewerten", "Jetzt bewerten", "{n} Bewertungen", "Noch keine Bewertungen"),
    "board_index": ("Foren-Übersicht", "Forum", "Alle Kategorien", "Community"),
    "new_topic": ("Neues Thema", "Antwort erstellen", "Auf Thema antworten", "Diskussion starten"),
    "joined": ("Registriert: {date}", "Mitglied seit {date}"),
    "posts": ("Beiträge: {n}", "{n} Beiträge"),
    "rank": ("Stammgast", "Neues Mitglied", "Moderator", "Urgestein", "Mitglied"),
    "online": ("Wer ist online?", "Mitglieder in diesem Thema: {n} Gäste", "{n} Mitglieder online"),
    "forum_stats": ("Beiträge insgesamt {number}", "Mitglieder insgesamt {number}",
                    "Unser neuestes Mitglied: {user}"),
    "signature": ("Fahre dasselbe alte Zeug seit {year}.", "Gesendet vom Handy, Tippfehler inklusive.",
                  "{place}, meistens in der Werkstatt.", "Nur meine Meinung.", "Wer misst, misst Mist.",
                  "Mitglied im Verein {place} seit {year}."),
    "page_of": ("Seite {n} von {m}", "Gehe zu Seite", "Springe zu"),
    "topic_tools": ("Themen als gelesen markieren", "Thema abonnieren", "Themen-Optionen", "Druckansicht"),
    "asked": ("Gefragt am {date}", "vor {n} Tagen gefragt"),
    "answered": ("Beantwortet am {date}", "vor {n} Stunden beantwortet"),
    "commented": ("{date} um {time}", "vor {n} Stunden", "{date}"),
    "viewed": ("{number}-mal angesehen", "{number} Aufrufe"),
    "votes": ("{n} Stimmen", "{n}"),
    "add_comment": ("Kommentar hinzufügen", "Kommentieren"),
    "your_answer": ("Deine Antwort", "Kennst du jemanden, der antworten kann?"),
    "post_answer": ("Antwort absenden", "Antwort veröffentlichen"),
    "edit": ("Bearbeiten", "Antwort verbessern"),
    "related_questions": ("Ähnliche Fragen", "Verknüpft", "Beliebte Fragen"),
    "ask": ("Frage stellen", "Neue Frage"),
    "answers_count": ("{n} Antworten",),
    "sorted_by": ("Sortiert nach: Bewertung", "Sortiert nach: Neueste", "Sortiert nach: Älteste"),
    "wiki_from": ("Aus {site}, dem freien Lexikon", "Aus {site}"),
    "wiki_contents": ("Inhaltsverzeichnis",),
    "wiki_edit": ("Bearbeiten", "Quelltext bearbeiten"),
    "wiki_tabs": ("Artikel", "Diskussion", "Lesen", "Bearbeiten", "Versionsgeschichte"),
    "wiki_nav": ("Hauptseite", "Zufälliger Artikel", "Letzte Änderungen", "Hilfe", "Autorenportal",
                 "Kontakt", "Über das Projekt"),
    "wiki_tools": ("Werkzeuge", "Links auf diese Seite", "Änderungen an verlinkten Seiten",
                   "Permanenter Link", "Artikel zitieren", "Druckversion", "Seiteninformationen"),
    "wiki_lastmod": ("Diese Seite wurde zuletzt am {date} um {time} bearbeitet.",),
    "wiki_license": (
        "Der Text ist unter einer freien Lizenz verfügbar; zusätzliche Bedingungen können gelten.",
    ),
    "wiki_categories": ("Kategorien", "Kategorie"),
    "wiki_retrieved": ("Abgerufen von „{url}“",),
    "wiki_hide": ("verbergen", "anzeigen"),
    "wiki_jump": ("Zur Navigation springen", "Zur Suche springen"),
    "view_browser": ("Diese E-Mail im Browser ansehen", "Darstellungsprobleme? Im Browser öffnen",
                     "Online lesen"),
    "unsubscribe": ("Abmelden", "Newsletter abbestellen"),
    "preferences": ("Einstellungen ändern", "Abo verwalten"),
    "why_receiving": ("Sie erhalten diese E-Mail, weil Sie sich auf {domain} angemeldet haben.",
                      "Sie haben Neuigkeiten von {site} abonniert."),
    "forward": ("An Freunde weiterleiten", "Diese Ausgabe teilen",
                "Kennen Sie jemanden, dem das gefällt? Weiterleiten!"),
    "archive": ("Frühere Ausgaben", "Archiv", "« Zurück zum Archiv"),
    "preview_prefix": ("Außerdem:", "In dieser Ausgabe:", "Dazu:"),
    "filter": ("Filter", "Ergebnisse eingrenzen"),
    "sort_by": ("Sortieren nach", "Sortierung: Neueste", "Sortierung: Relevanz"),
    "results": ("{n} Treffer", "{n} von {number} Ergebnissen"),
    "next_page": ("Weiter", "Nächste Seite", "Mehr laden"),
    "previous_page": ("Zurück", "Vorherige Seite"),
    "listing_sponsored": ("Gesponserter Eintrag", "Premium-Partner", "Anzeige"),
    "alert": ("Suchauftrag per E-Mail", "Benachrichtigung einrichten", "Über neue Einträge informieren"),
    "visitor": ("Sie sind Besucher Nr. {number}", "Besucher seit {year0}: {number}"),
    "last_update": ("Letzte Aktualisierung: {date}", "Stand: {date}"),
    "guestbook": ("Gästebuch", "Ins Gästebuch eintragen"),
    "webmaster": ("Webmaster: {email}", "Fragen? Schreiben Sie an {email}"),
    "best_viewed": ("Optimiert für 1024×768", "Läuft in jedem Browser"),
    "links_page": ("Links", "Linkliste", "Freunde"),
    "back_main": ("Zurück zur Startseite", "Zurück"),
    "member_only": ("Nur für Mitglieder",),
    "open_app": ("In der App öffnen",),
    "get_started": ("Loslegen", "Registrieren"),
    "write": ("Schreiben",),
    "listen": ("Anhören",),
    "responses": ("Antworten ({n})", "Was denken Sie?"),
    "recommended": ("Empfohlen von {site}", "Mehr von {name}"),
    "unlimited": ("Unbegrenzter Zugang zu allen Geschichten auf {site}.",
                  "Werden Sie Mitglied und lesen Sie ohne Limit."),
    "published_in": ("Erschienen in {publication}",),
    "comment_body": ("Danke für den ausführlichen Artikel. Endlich mal ein Text, der beide Seiten zu Wort "
                     "kommen lässt.",
                     "Sehe ich komplett anders. In {place} hat man genau das vor ein paar Jahren probiert, "
                     "und es ist gründlich schiefgegangen.",
                     "Bei meiner Mutter war es letztes Jahr genauso: {n} Tage ging keiner ans Telefon, dann "
                     "war plötzlich alles erledigt.",
                     "Weiß jemand, ob das auch für Leute gilt, die erst nach {year0} hergezogen sind? Im "
                     "Artikel steht dazu nichts.",
                     "Kleine Korrektur: Die Sitzung war am Dienstag, nicht am Donnerstag. Ansonsten alles "
                     "richtig wiedergegeben.",
                     "Super, noch ein Arbeitskreis. Der wird's bestimmt richten 🙄",
                     "Hat nichts mit dem Thema zu tun, aber kann bitte mal jemand das Schlagloch vor der "
                     "Post zumachen?",
                     "Der Kommentar über mir hat beim Parken recht, übersieht aber den eigentlichen Punkt: "
                     "Wer soll das bezahlen?",
                     "danke dass das mal jemand aufschreibt, sag ich seit jahren",
                     "Alles wird teurer, nur die Löhne nicht. Solange sich daran nichts ändert, geht so ein "
                     "Artikel am Kern vorbei.",
                     "Ich bin in {place} aufgewachsen und erkenne den Ort kaum wieder. Ist aber nicht alles "
                     "schlechter geworden.",
                     "Interessant, aber wo sind die Zahlen? Ich hätte gern konkrete Daten, bevor ich mir "
                     "eine Meinung bilde.",
                     "Mein Opa hätte dazu einen Leserbrief geschrieben. Hat er früher fast jede Woche "
                     "gemacht, bis ins hohe Alter.",
                     "Gut recherchiert und gut geschrieben. Gerne mehr davon!",
                     "Wetten, dass sich jetzt gleich die melden, die nur die Überschrift gelesen haben?",
                     "Kann die Autorin klarstellen, ob sich die {n} Prozent auf dieses oder letztes Jahr "
                     "beziehen? Liest sich beides.",
                     "Die gleiche Diskussion hatten wir {year0} schon. Gleiche Argumente, gleiches "
                     "Ergebnis, gleiches Schulterzucken im Rathaus.",
                     "Warum ist das jetzt eine Meldung wert? Das passiert doch jedes Frühjahr.",
                     "Ich arbeite in dem Bereich und kann das meiste bestätigen. Das mit dem Personalmangel "
                     "ist sogar noch untertrieben.",
                     "Schön, auch mal was Positives aus der Region zu lesen 😊",
                     "An die Person weiter oben, die meint, es interessiere niemanden: Doch, viele. Nur hat "
                     "nicht jeder Zeit für Bürgerversammlungen.",
                     "Wer entscheidet so etwas eigentlich? Ernst gemeinte Frage, ich wohne seit {n} Jahren "
                     "hier und weiß es immer noch nicht.",
                     "Ich würde das ernster nehmen, wenn dieselben Leute vor zwei Jahren nicht genau das "
                     "Gegenteil erzählt hätten.",
                     "Heute früh {m} Minuten in der Warteschleife gehangen. Also ja, der Artikel trifft es "
                     "ziemlich gut.",
                     "Bei uns im Viertel setzt sich {name} seit Ewigkeiten dafür ein. Schön, dass das "
                     "endlich Aufmerksamkeit bekommt.",
                     "Ausgewogener Text, aber ich finde, er unterschätzt, wie sehr sich seit letztem Jahr "
                     "alles verändert hat.",
                     "Im dritten Absatz ist übrigens ein Tippfehler. Ändert aber nichts an der Aussage.",
                     "wer liest heutzutage eigentlich noch mehr als die erste Zeile",
                     "Genau deshalb fahre ich samstags nicht mehr in die Innenstadt.",
                     "Gut, dass es noch eine Lokalzeitung gibt, die vor Ort recherchiert. Das ist längst "
                     "keine Selbstverständlichkeit mehr.",
                     "Ich teile die Meinung des Autors nicht, aber immerhin hat er mit beiden Seiten "
                     "gesprochen. Das rechne ich ihm an.",
                     "Und wie geht es jetzt weiter? Der Artikel hört genau da auf, wo es spannend wird.",
                     "Meine Tochter ist genau deswegen nach {place} gezogen, und ich kann es ihr nicht "
                     "verdenken.",
                     "Gibt es dazu noch einen Nachfolgeartikel? Würde gern wissen, wie das in ein paar "
                     "Monaten aussieht.",
                     "In der Bildunterschrift steht etwas anderes als im Text. Was stimmt denn nun?",
                     "Klasse. Hab's für meinen Vater ausgedruckt, der liest grundsätzlich nichts am "
                     "Bildschirm.",
                     "Off-topic, aber mein Zug hatte heute wieder {n} Minuten Verspätung. Musste ich "
                     "einfach mal loswerden.",
                     "Zum Kommentar über mir: Nein, das war nicht schon immer so. Vor {year0} lief das "
                     "deutlich besser.",
                     "Die Überschrift ist stark, der Artikel leider weniger.",
                     "Ich war an dem Tag selbst dort, und es war längst nicht so voll, wie hier behauptet "
                     "wird.",
                     "Berechtigte Punkte, aber das Fazit überzeugt mich nicht. Korrelation ist eben keine "
                     "Kausalität.",
                     "Kaum zu glauben, dass das {year} immer noch ein Thema ist … ach, doch, eigentlich "
                     "schon.",
                     "Als Ergänzung: Die Stadtbücherei hilft mittwochvormittags kostenlos bei solchen "
                     "Anträgen, falls jemand nicht weiterkommt.",
                     "Danke fürs Dranbleiben, hatte mich schon gefragt, was da eigentlich los ist.",
                     "Typisch Gemeinderat: jahrelang nichts tun und dann alles auf einmal in den "
                     "Sommerferien beschließen.",
                     "Vielen Dank, {name}, sehr verständlich erklärt. Hab's an meinen Lesekreis "
                     "weitergeleitet.",
                     "Früher war hier alles Acker. Na gut, nicht ganz, aber es fühlt sich so an 😄",
                     "Als Zugezogene fand ich das richtig hilfreich. Vieles davon ist überhaupt nicht "
                     "selbstverständlich, wenn man neu ist.",
                     "Können wir bitte aufhören, für alles die Jugend verantwortlich zu machen? Der Artikel "
                     "ist fair, manche Kommentare hier nicht.",
                     "Wer da oben schreibt, es sei alles halb so wild, war offenbar länger nicht mehr in "
                     "{place}.",
                     "Hab den Artikel zweimal gelesen und verstehe immer noch nicht, wer das am Ende "
                     "bezahlen soll.",
                     "Schön geschrieben, aber etwas mehr Abstand zur Pressemitteilung hätte dem Text "
                     "gutgetan."),
    "teaser_dek": ("In {place} klagen Händler, seit der Umgestaltung des Marktplatzes blieben die Kunden "
                   "aus.",
                   "Mit zwei späten Toren schoss der Neuzugang im Sturm seine Mannschaft auf einen "
                   "Aufstiegsplatz.",
                   "{brand} will bei {place} ein Logistikzentrum bauen und dort bis zu {m} Arbeitsplätze "
                   "schaffen.",
                   "Forschende haben {number} Menschen über zehn Jahre begleitet, um zu verstehen, wie sich "
                   "der Schlaf im Ruhestand verändert.",
                   "Aus einer alten Molkerei in {place} wird eine Konzerthalle, im Herbst sollen die ersten "
                   "Bands auftreten.",
                   "Die Mieten in manchen Stadtteilen sind binnen eines Jahres um bis zu {percent} Prozent "
                   "gestiegen.",
                   "Nach dreißig Jahren hinter der Ladentheke übergibt {name} den Dorfladen an eine "
                   "Genossenschaft.",
                   "Das Klinikum meldet erstmals seit {year0} kürzere Wartezeiten für planbare Operationen.",
                   "Der geplante Umbau des Flussufers in {place} spaltet Schwimmer, Ruderer und "
                   "Hundebesitzer.",
                   "Der warme März hat Zitronenfalter fast drei Wochen früher als üblich aus der "
                   "Winterstarre geholt.",
                   "Die neue Intendantin des Stadttheaters setzt auf kürzere Stücke und frühere "
                   "Vorstellungen.",
                   "Mehr als {number} Menschen haben gegen die Schließung des Fahrkartenschalters am "
                   "Bahnhof unterschrieben.",
                   "Ein Radsportler aus {place} hat mit über siebzig Jahren einen deutschen "
                   "Altersklassenrekord über 100 Kilometer aufgestellt.",
                   "Gemüsebauern warnen, dass der trockene Sommer die Preise bis weit ins nächste Jahr "
                   "treiben könnte.",
                   "Der Landkreis legt seinen Nahverkehrsplan vor: mehr Rufbusse, dafür weniger feste "
                   "Linien auf dem Land.",
                   "Eine Gesamtschule in {place} testet für die Oberstufe eine Viertagewoche, die ersten "
                   "Erfahrungen sind gemischt.",
                   "Nach einem Unfall mit einem Lastwagen war die Umgehungsstraße am Morgen stundenlang "
                   "gesperrt.",
                   "Nach {n} Jahren Pause kehrt das Festival zurück, mit kleinerem Gelände und höchstens "
                   "{number} Gästen pro Tag.",
                   "{brand} meldet einen Gewinnrückgang um {percent} Prozent und will sein Filialnetz "
                   "überprüfen.",
                   "Ein vergessener Karton mit Glasplatten-Negativen zeigt {place}, wie es um 1900 aussah.",
                   "Wegen milder Winter dauert die Zeckensaison länger, Hausärzte sehen mehr Fälle von "
                   "Borreliose.",
                   "Unsere Kritikerin hat einen mutigen, aber unausgegorenen Debütroman über drei "
                   "Schwestern und eine Fähre gelesen.",
                   "Die Handballerinnen sichern sich vorzeitig die Meisterschaft und liegen {n} Punkte vor "
                   "dem Zweiten.",
                   "Die letzte unabhängige Buchhandlung im Kreis hat ihr schwerstes Jahr dank "
                   "ehrenamtlicher Helfer überstanden.",
                   "Wegen Rissen bleibt die Brücke für Lastwagen voraussichtlich bis mindestens {year} "
                   "gesperrt.",
                   "Laut einer Umfrage unter {number} Haushalten arbeitet jeder vierte Beschäftigte "
                   "mindestens zwei Tage pro Woche zu Hause.",
                   "Warum immer mehr Rentnerinnen und Rentner mit dem Laufen anfangen und was Orthopäden "
                   "davon halten.",
                   "Der Bürgermeister von {place} verteidigt den Plan, die Straßenbeleuchtung nach "
                   "Mitternacht abzuschalten.",
                   "Die Volkssternwarte hat einen Kometen entdeckt, der im Mai mit dem Fernglas zu sehen "
                   "sein soll.",
                   "Kleingärtner und Schulklassen in {place} haben auf Brachflächen {number} Kilo Gemüse "
                   "geerntet.",
                   "Abgeordnete mehrerer Fraktionen fordern Aufklärung über lange Bearbeitungszeiten in den "
                   "Bürgerämtern.",
                   "Die Deutschen haben im ersten Quartal weniger für Kleidung und mehr für "
                   "Restaurantbesuche ausgegeben.",
                   "{name} übernimmt das Traineramt, nachdem der langjährige Coach im Sommer überraschend "
                   "zurückgetreten war.",
                   "Eine kleine Familienbrauerei aus {place} holt mit ihrem dunklen Winterbock Gold bei "
                   "einem bundesweiten Wettbewerb.",
                   "Erstmals seit {year0} wurden am Fluss wieder Fischotter nachgewiesen, melden "
                   "Naturschützer.",
                   "Am heißesten Tag des Jahres rückte der Rettungsdienst zu {m} Einsätzen aus, fast "
                   "doppelt so oft wie sonst.",
                   "Das Landesmuseum zeigt einen römischen Münzschatz, den ein Sondengänger auf einem Acker "
                   "bei {place} fand.",
                   "Eltern kritisieren einen neuen Schulbusfahrplan, der die Fahrt um {n} Minuten "
                   "verlängern würde.",
                   "Eine Studie bringt regelmäßiges Singen im Chor mit niedrigerem Blutdruck bei älteren "
                   "Menschen in Verbindung.",
                   "Gegründet {year0} in einer Garage in {place}, spielt die Band am Wochenende ihr letztes "
                   "Heimspiel.",
                   "Naturschutzverbände rufen dazu auf, im Frühjahr Teile des Rasens für Wildbienen stehen "
                   "zu lassen.",
                   "Wegen Bauarbeiten auf der Strecke bei {place} müssen Pendler {n} Wochenenden lang in "
                   "Ersatzbusse umsteigen.",
                   "Der Koch eines winzigen Hafenimbisses erklärt, warum seine Karte jeden Tag anders "
                   "aussieht.",
                   "Mieter einer Wohnungsgenossenschaft in {place} warten seit Monaten auf die Beseitigung "
                   "von Schimmel.",
                   "Der Schachverein, der sich im Hinterzimmer einer Gaststätte in {place} trifft, stellt "
                   "erneut den Kreismeister der Jugend."),
}
# fmt: on
