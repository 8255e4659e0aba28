"""French page furniture, advertising and site names (all invented)."""

# fmt: off
WORDS: dict[str, tuple[str, ...]] = {
    "first_name": ("Solène", "Gaspard", "Maëlys", "Théodore", "Capucine", "Anatole", "Albane", "Basile",
                   "Ysé", "Lucien", "Margaux", "Édouard", "Clémence", "Aurélien", "Bérénice", "Timothée"),
    "last_name": ("Vautrin", "Lemerle", "Castagnède", "Brisebois", "Dufourcq", "Peyrolle", "Kerlann",
                  "Fauvel", "Montagnac", "Rivolier", "Sarrazin", "Bellocq", "Guérineau", "Lhermite",
                  "Tardieu"),
    "place_a": ("Saint-", "Mont", "Val", "Belle", "Roche", "Bois", "Fontaine", "Ville", "Beau", "Pont",
                "Champ", "Clair"),
    "place_b": ("fort", "mont", "lieu", "ville", "court", "mare", "vallon", "roc", "bourg", "pré", "fleury",
                "castel"),
    "paper": ("Le Courrier", "L'Écho", "Le Journal", "Le Républicain", "Le Progrès", "Le Réveil",
              "Le Messager", "La Dépêche", "La Gazette", "Le Petit Quotidien", "La Vigie", "La Tribune"),
    "adjective": ("Petite", "Douce", "Vieille", "Grande", "Belle", "Folle", "Claire", "Verte", "Sauvage",
                  "Rustique"),
    "noun": ("Cuisine", "Cabane", "Lanterne", "Malle", "Prairie", "Fabrique", "Table", "Boîte", "Chambre",
             "Haie"),
    "topic": ("Jardin", "Photo", "Vélo", "Levain", "Aquarium", "Train miniature", "Camping-car", "Hi-Fi",
              "Menuiserie", "Apiculture", "Voitures anciennes", "Randonnée"),
    "site_news": ("{paper} de {place}", "{paper} de {place}", "{place} Infos", "{paper} {place}",
                  "{place} Actu", "{place} Matin"),
    "site_blog": ("La {adjective} {noun}", "La {noun} de {first_name}", "Carnets de {place}",
                  "{noun} & {noun}", "Le blog de la {noun}"),
    "site_community": ("Forum {topic}", "{topic} Passion", "Le Coin {topic}", "{topic} & Cie",
                       "Communauté {topic} {place}"),
    "site_reference": ("{place}pédia", "Wiki {topic}", "Encyclopédie {topic}", "Wiki de {place}"),
    "site_letter": ("La Lettre de {place}", "L'hebdo de {first_name}", "Les Nouvelles de la {noun}",
                    "Le Dimanche de {place}", "La Dépêche {topic}"),
    "company": ("Groupe {last_name} Médias", "Éditions de {place}", "{last_name} & {last_name} Presse",
                "{brand} Numérique SAS", "Société des Journaux de {place}"),
    "street": ("{n}, rue {last_name}", "{n}, place du Marché", "{n}, avenue des Tilleuls",
               "{n}, quai du Port", "{n}, boulevard {last_name}"),
    "price": ("{a} €", "{a},99 €", "{a} € TTC"),
    "decimal": (",",),
    "tld": (".fr", ".fr", ".be", ".ch", ".info", ".com"),
    "months": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
               "octobre", "novembre", "décembre"),
    "date": ("{d} {month} {y}", "{dd}/{mm}/{y}", "le {d} {month} {y}"),
    "time": ("{h}h{mi}", "{h}:{mi}"),
    "ad_label": ("Publicité", "PUBLICITÉ", "Pub", "Publicité – la suite après cette annonce"),
    "sponsored": ("Sponsorisé", "Contenu sponsorisé", "Partenariat rémunéré", "En partenariat avec {brand}",
                  "Publi-information"),
    "ad_tagline": ("l'audition sans compromis", "pensé pour les jours de pluie", "votre cuisine réinventée",
                   "l'assurance sans petites lignes", "du café frais chaque semaine",
                   "voyager léger, aller loin", "la banque qui vous rappelle", "enfin mieux dormir",
                   "le solaire en toute simplicité", "vos lunettes en 48 heures",
                   "la retraite expliquée simplement"),
    "ad_pitch": ("Jusqu'à {percent} % de remise sur la collection printemps, jusqu'à dimanche.",
                 "À partir de {price}, livraison et retours gratuits.",
                 "Comparez 40 offres d'électricité en moins de cinq minutes.",
                 "Réservez avant la fin du mois : la deuxième nuit est offerte.",
                 "Demandez une visite gratuite à domicile, sans engagement.",
                 "{percent} % de réduction sur votre première commande.",
                 "Taux fixe à partir de {rate} % pour les nouveaux clients.",
                 "Essai gratuit de 30 jours, résiliable à tout moment.",
                 "Plus de {n}0 magasins en France : trouvez le vôtre.",
                 "Commandez avant 20 h, livré demain.", "Votre devis personnalisé en deux minutes.",
                 "Dans la limite des stocks disponibles : {price}."),
    "ad_cta": ("En savoir plus", "Acheter", "Demander un devis", "Réserver", "Découvrir l'offre",
               "Commander", "Essayer gratuitement", "Comparer"),
    "native_heading": ("Vous aimerez aussi", "Sur le web", "De nos partenaires", "Contenus sponsorisés",
                       "Recommandé pour vous", "À découvrir ailleurs"),
    "native_vendor": ("Recommandé par {brand}", "Liens proposés par {brand}", "Contenus {brand}"),
    "native_teaser": ("À {place}, les propriétaires adoptent cette astuce de chauffage",
                      "Le tiroir que tout le monde oublie de nettoyer",
                      "{n} choses que personne ne vous dit sur la retraite anticipée",
                      "Pourquoi les kinés recommandent ce coussin bon marché",
                      "Voici ce que coûte vraiment une semaine à {place} en {year}",
                      "Les conducteurs de plus de 50 ans découvrent cette règle d'assurance",
                      "{n} photos qui montrent à quel point {place} a changé",
                      "Ce petit port tranquille attire les acheteurs",
                      "L'habitude matinale qui abîme votre dos"),
    "shop": ("{brand}", "{brand} Boutique", "{brand} Direct", "{brand} Market"),
    "buy_at": ("Acheter chez {shop}", "Voir le prix chez {shop}", "Voir chez {shop}", "{price} chez {shop}"),
    "view_deal": ("Voir l'offre", "Vérifier le prix", "Voir le prix du jour", "Aller à la boutique"),
    "deal_heading": ("Les meilleures offres du jour", "Où l'acheter", "Meilleurs prix", "Acheter ce produit"),
    "disclosure": ("Nous pouvons percevoir une commission sur les achats effectués via cette page.",
                   "{site} touche une petite rémunération sur certains liens.",
                   "Cet article contient des liens affiliés."),
    "nl_heading": ("Recevez la matinale", "Ne manquez rien", "Abonnez-vous à notre newsletter",
                   "La semaine en cinq minutes", "Le meilleur de {site} par e-mail"),
    "nl_pitch": ("Chaque matin à 7 h : les sujets dont parlent les lecteurs de {site}.",
                 "Inscrivez-vous gratuitement et recevez la sélection de la rédaction chaque vendredi.",
                 "Rejoignez {n} 000 lecteurs qui commencent la journée avec {site}.",
                 "Un e-mail par semaine, pas de spam, désinscription en un clic."),
    "nl_button": ("S'inscrire", "Je m'abonne", "Valider", "Inscription gratuite"),
    "email_placeholder": ("Votre adresse e-mail", "E-mail", "nom@exemple.fr"),
    "nl_privacy": ("En vous inscrivant, vous acceptez notre politique de confidentialité.",
                   "Vous pouvez vous désinscrire à tout moment.", "Nous ne partageons jamais votre adresse."),
    "sub_pitch": ("Abonnez-vous à {site} pour {price} par mois.",
                  "Soutenez l'information locale : abonnez-vous.",
                  "Accès illimité pour {price} les trois premiers mois.",
                  "Il vous reste {n} articles gratuits ce mois-ci.",
                  "Vous aimez {site} ? Tous les articles pour {price} par semaine."),
    "sub_button": ("S'abonner", "Devenir membre", "Essayer", "Nous soutenir"),
    "app_pitch": ("Téléchargez l'application {site}", "Lisez {site} dans notre appli gratuite",
                  "Les alertes info sur votre téléphone : téléchargez l'appli",
                  "Notre appli est plus rapide"),
    "app_button": ("Ouvrir", "Installer", "Télécharger", "Voir l'appli"),
    "announcement": ("Les cartes cadeaux sont en vente en ligne : offrez {site}.",
                     "Livraison offerte dès {price} d'achat.",
                     "Nouveau : commandez en ligne, retirez en magasin.",
                     "Soldes d'hiver : -{percent} % jusqu'au {date}.",
                     "Réservez dès maintenant pour les fêtes : tables et cartes cadeaux chez {site}.",
                     "Les membres économisent {percent} % sur tout ce week-end."),
    "follow_us": ("Suivez-nous", "{site} sur les réseaux sociaux", "Restons en contact"),
    "made_this": ("Vous avez testé la recette ? Identifiez {handle} !",
                  "Suivez {handle} pour plus de recettes.",
                  "Nos nouvelles recettes chaque dimanche : inscrivez-vous."),
    "home": ("Accueil", "À la une", "Une"),
    "menu": ("Menu", "Rubriques", "Navigation"),
    "sections": ("Actualités", "Local", "Politique", "Économie", "Sport", "Culture", "Opinions", "Sciences",
                 "Santé", "Voyage", "Gastronomie", "Numérique", "Météo", "Éducation", "Immobilier",
                 "Emploi", "Avis de décès", "Jeux", "Auto", "Société", "Vidéos", "Podcasts", "Agenda",
                 "Environnement", "Argent", "Monde"),
    "skip": ("Aller au contenu", "Passer au contenu principal", "Aller à la navigation"),
    "search": ("Rechercher", "Recherche"),
    "search_placeholder": ("Rechercher…", "Rechercher un article", "Que cherchez-vous ?"),
    "login": ("Se connecter", "Connexion", "Mon compte", "Créer un compte"),
    "legal": ("Mentions légales", "Politique de confidentialité", "Cookies", "CGU", "Contact",
              "Qui sommes-nous", "Accessibilité", "Publicité", "Recrutement", "Charte éditoriale",
              "Plan du site", "Gérer les cookies", "Aide", "CGV"),
    "rights": ("Tous droits réservés.", "Tous droits de reproduction réservés.",
               "Reproduction interdite sans autorisation."),
    "copyright": ("© {year} {site}", "Copyright © {year} {company}", "© {company} {year0}-{year}",
                  "{site} © {year}"),
    "footer_extra": ("{site} est édité par {company}.", "Siège social : {street}, {place}.",
                     "Directeur de la publication : {name}", "Contacter la rédaction : {email}",
                     "RCS {place} {number}"),
    "cookie_title": ("Nous respectons votre vie privée", "Les cookies sur {site}", "Votre vie privée",
                     "Paramètres des cookies"),
    "cookie_1": (
        "Nous utilisons des cookies pour faire fonctionner ce site et mesurer son audience.",
        "{site} et ses partenaires stockent et lisent des informations sur votre appareil.",
        "Ce site utilise des cookies et des technologies similaires.",
        "Nos {n} partenaires et nous utilisons des cookies pour personnaliser contenus et publicités.",
    ),
    "cookie_2": ("Certains sont indispensables, d'autres nous aident à améliorer nos contenus.",
                 "Avec votre accord, nous les utilisons aussi à des fins publicitaires.",
                 "Vous pouvez modifier vos choix à tout moment via Gérer les cookies.",
                 "Vos données peuvent être traitées hors de l'Union européenne."),
    "cookie_more": ("En savoir plus", "Voir nos partenaires", "Politique cookies"),
    "cookie_accept": ("Tout accepter", "Accepter", "J'accepte", "OK", "Accepter et fermer"),
    "cookie_reject": ("Tout refuser", "Continuer sans accepter", "Refuser"),
    "cookie_settings": ("Paramétrer", "Personnaliser", "Gérer mes choix"),
    "cookie_overview": (
        "Nous déposons sur votre appareil de petits fichiers appelés cookies. Quelques-uns font "
        "tourner le site et restent toujours actifs ; les autres restent éteints tant que vous ne "
        "les autorisez pas.",
        "Choisissez les types de cookies que nous pouvons utiliser. Vous pourrez revenir sur votre "
        "choix à tout moment grâce au lien « Confidentialité » en bas de chaque page.",
    ),
    "cookie_necessary": (
        "Nécessaires",
        "Cookies strictement nécessaires",
    ),
    "cookie_necessary_text": (
        "Sans eux, le site ne se chargerait pas correctement : ils retiennent le choix que vous "
        "faites ici, font fonctionner la connexion et les formulaires et les protègent contre les "
        "abus.",
        "Nous les utilisons pour la sécurité et pour retenir vos choix de confidentialité ; les "
        "couper empêcherait certaines parties du site de fonctionner.",
    ),
    "cookie_analytics": (
        "Mesure d'audience",
        "Performance",
    ),
    "cookie_analytics_text": (
        "Grâce à eux, nous savons à peu près combien de personnes lisent chaque article et si elles"
        " arrivent d'un moteur de recherche ou d'un lien, jamais qui elles sont.",
        "Notre outil de statistiques additionne les pages vues et le temps de lecture, ce qui aide "
        "la rédaction à choisir ses sujets.",
    ),
    "cookie_advertising": (
        "Publicité",
        "Marketing",
        "Ciblage",
    ),
    "cookie_advertising_text": (
        "Ils permettent aux régies publicitaires de se souvenir que votre navigateur est passé ici "
        "et de choisir en conséquence les annonces que vous voyez ailleurs.",
        "Si vous les acceptez, les publicités de nos pages peuvent être adaptées à vous et "
        "comptées, pour que les annonceurs paient ce qui a été vu.",
    ),
    "cookie_always": (
        "Toujours activé",
        "Obligatoire",
    ),
    "share": ("Partager", "Partager cet article"),
    "email": ("E-mail", "Courriel"),
    "copy_link": ("Copier le lien",),
    "print": ("Imprimer", "Imprimer la page"),
    "save": ("Sauvegarder", "Lire plus tard", "Enregistrer"),
    "published": ("Publié le {date}", "{date}", "Publié le {date} à {time}", "Mis en ligne le {date}"),
    "updated": ("Mis à jour le {date}", "Dernière mise à jour : {date}", "Modifié à {time}"),
    "reading_time": ("{n} min de lecture", "Temps de lecture : {n} minutes", "{n} min"),
    "related": ("À lire aussi", "Sur le même sujet", "Lire la suite", "Les plus lus", "Dernières infos",
                "Plus d'articles {section}"),
    "more_from": ("Plus de {site}", "Plus d'articles de {name}", "Aussi sur {site}"),
    "comments_count": ("{n} commentaires", "Commentaires ({n})", "{n} réactions", "Réagissez ({n})"),
    "comment_leave": ("Laisser un commentaire", "Réagir", "Écrire un commentaire"),
    "comment_signin": ("Connectez-vous pour commenter",
                       "Vous devez être connecté pour publier un commentaire.",
                       "Identifiez-vous ou créez un compte pour participer."),
    "comment_sort": ("Trier : les plus récents", "Trier : les plus anciens", "Les mieux notés"),
    "comment_more": ("Charger plus de commentaires", "Voir tous les commentaires",
                     "Voir {n} commentaires de plus"),
    "comment_rules": ("Merci de rester courtois et dans le sujet.",
                      "Les commentaires sont modérés et peuvent mettre un moment à apparaître.",
                      "Consultez notre charte avant de publier."),
    "label_name": ("Nom", "Votre nom"),
    "label_comment": ("Commentaire", "Votre commentaire"),
    "post_comment": ("Publier le commentaire", "Envoyer", "Publier"),
    "reply": ("Répondre",),
    "report": ("Signaler",),
    "quote": ("Citer",),
    "like": ("J'aime", "Utile"),
    "author_more": ("Tous les articles de {name}", "Plus d'articles de {name}",
                    "Voir les publications de {name}"),
    "follow": ("Suivre", "Suivre {name}"),
    "tags": ("Mots-clés :", "Thèmes :", "Tags :"),
    "posted_in": ("Publié dans {section}", "Catégorie : {section}", "Classé dans {section}"),
    "posted_by": ("Publié par {name} à {time}", "Publié par {name}", "Par {name} à {time}"),
    "previous": ("Article précédent", "← Précédent"),
    "next": ("Article suivant", "Suivant →"),
    "back_to_top": ("Haut de page", "Retour en haut"),
    "weather": ("{temp} °C, nuageux", "{temp} °C, éclaircies", "{temp} °C, pluie faible",
                "{temp} °C, ciel dégagé"),
    "noscript": ("Activez JavaScript pour voir les commentaires.",
                 "Cette page fonctionne mieux avec JavaScript."),
    "headline_subject": ("Le conseil municipal", "La caserne des pompiers", "L'hôpital départemental",
                         "Une école de village", "La compagnie de ferries", "Le musée régional",
                         "La gendarmerie", "Le club de football", "Une boulangerie du centre",
                         "Le syndicat des eaux", "La mairie de {place}", "Le maire de {place}",
                         "L'université", "Le marché fermier"),
    "headline_predicate": ("reporte sa décision sur la piscine", "s'installe au bord de la rivière",
                           "lance un appel pour retrouver un chien", "remporte un prix régional",
                           "réduit ses horaires pour l'hiver", "prévoit une piste cyclable vers {place}",
                           "se prépare à la saison des tempêtes", "fête ses cinquante ans",
                           "augmente ses tarifs en avril", "ouvre ses portes le temps d'un week-end",
                           "est critiqué pour le stationnement payant", "annonce un été record",
                           "cherche des bénévoles", "rouvre après les inondations"),
    "jump_recipe": ("Aller à la recette", "Voir la recette", "Passer à la recette"),
    "print_recipe": ("Imprimer la recette", "Imprimer"),
    "save_recipe": ("Épingler", "Enregistrer la recette", "Ajouter au carnet"),
    "rate": ("Noter cette recette", "Donnez votre avis", "{n} avis", "Pas encore d'avis"),
    "board_index": ("Index du forum", "Forum", "Toutes les catégories", "Communauté"),
    "new_topic": ("Nouveau sujet", "Répondre", "Répondre au sujet", "Lancer une discussion"),
    "joined": ("Inscription : {date}", "Membre depuis le {date}"),
    "posts": ("Messages : {n}", "{n} messages"),
    "rank": ("Habitué", "Nouveau membre", "Modérateur", "Vétéran", "Membre"),
    "online": ("Qui est en ligne ?", "Utilisateurs sur ce sujet : {n} invités", "{n} membres en ligne"),
    "forum_stats": ("Messages au total {number}", "Membres au total {number}",
                    "Notre nouveau membre : {user}"),
    "signature": ("Toujours le même vieux matériel depuis {year}.", "Envoyé depuis mon téléphone.",
                  "{place}, le plus souvent à l'atelier.", "Avis personnel.",
                  "Qui va lentement va sûrement.", "Membre du club de {place} depuis {year}."),
    "page_of": ("Page {n} sur {m}", "Aller à la page", "Aller à"),
    "topic_tools": ("Marquer les sujets comme lus", "S'abonner au sujet", "Outils du sujet",
                    "Version imprimable"),
    "asked": ("Question posée le {date}", "posée il y a {n} jours"),
    "answered": ("Répondu le {date}", "répondu il y a {n} heures"),
    "commented": ("{date} à {time}", "il y a {n} heures", "{date}"),
    "viewed": ("Vue {number} fois", "{number} vues"),
    "votes": ("{n} votes", "{n}"),
    "add_comment": ("Ajouter un commentaire", "Commenter"),
    "your_answer": ("Votre réponse", "Vous connaissez quelqu'un qui pourrait répondre ?"),
    "post_answer": ("Publier votre réponse", "Envoyer la réponse"),
    "edit": ("Modifier", "Améliorer cette réponse"),
    "related_questions": ("Questions similaires", "Liées", "Questions populaires"),
    "ask": ("Poser une question",),
    "answers_count": ("{n} réponses",),
    "sorted_by": ("Trié par : score", "Trié par : plus récentes", "Trié par : plus anciennes"),
    "wiki_from": ("Extrait de {site}, l'encyclopédie libre", "Source : {site}"),
    "wiki_contents": ("Sommaire",),
    "wiki_edit": ("modifier", "modifier le code"),
    "wiki_tabs": ("Article", "Discussion", "Lire", "Modifier", "Historique"),
    "wiki_nav": ("Accueil", "Article au hasard", "Modifications récentes", "Aide", "Communauté", "Contact",
                 "À propos"),
    "wiki_tools": ("Outils", "Pages liées", "Suivi des pages liées", "Lien permanent", "Citer cette page",
                   "Version imprimable", "Informations sur la page"),
    "wiki_lastmod": ("La dernière modification de cette page a été faite le {date} à {time}.",),
    "wiki_license": (
        "Le texte est disponible sous licence libre ; d'autres conditions peuvent s'appliquer.",
    ),
    "wiki_categories": ("Catégories", "Catégorie"),
    "wiki_retrieved": ("Ce document provient de « {url} ».",),
    "wiki_hide": ("masquer", "afficher"),
    "wiki_jump": ("Aller à la navigation", "Aller à la recherche"),
    "view_browser": ("Voir cet e-mail dans votre navigateur", "Problème d'affichage ? Ouvrir en ligne",
                     "Lire en ligne"),
    "unsubscribe": ("Se désinscrire", "Se désabonner de cette liste"),
    "preferences": ("Modifier vos préférences", "Gérer l'abonnement"),
    "why_receiving": ("Vous recevez cet e-mail car vous êtes inscrit sur {domain}.",
                      "Vous êtes abonné aux nouvelles de {site}."),
    "forward": ("Transférer à un ami", "Partager ce numéro",
                "Ce numéro pourrait plaire à un proche ? Transférez-le."),
    "archive": ("Numéros précédents", "Archives", "« Retour aux archives"),
    "preview_prefix": ("Et aussi :", "Au sommaire :", "À lire :"),
    "filter": ("Filtrer", "Filtres", "Affiner"),
    "sort_by": ("Trier par", "Tri : plus récents", "Tri : pertinence"),
    "results": ("{n} résultats", "{n} sur {number} résultats"),
    "next_page": ("Suivant", "Page suivante", "Voir plus"),
    "previous_page": ("Précédent", "Page précédente"),
    "listing_sponsored": ("Annonce sponsorisée", "Partenaire", "À la une (sponsorisé)"),
    "alert": ("Recevoir les nouvelles annonces par e-mail", "Créer une alerte", "M'alerter"),
    "visitor": ("Vous êtes le visiteur n° {number}", "Visiteurs depuis {year0} : {number}"),
    "last_update": ("Dernière mise à jour : {date}", "Page mise à jour le {date}"),
    "guestbook": ("Livre d'or", "Signez mon livre d'or"),
    "webmaster": ("Webmestre : {email}", "Une question ? Écrivez à {email}"),
    "best_viewed": ("Site optimisé pour 1024×768", "Compatible tous navigateurs"),
    "links_page": ("Liens", "Mes liens", "Sites amis"),
    "back_main": ("Retour à l'accueil", "Retour"),
    "member_only": ("Réservé aux membres",),
    "open_app": ("Ouvrir dans l'appli",),
    "get_started": ("Commencer", "S'inscrire"),
    "write": ("Écrire",),
    "listen": ("Écouter",),
    "responses": ("Réponses ({n})", "Qu'en pensez-vous ?"),
    "recommended": ("Recommandé sur {site}", "Plus de {name}"),
    "unlimited": ("Accès illimité à toutes les histoires de {site}.",
                  "Devenez membre pour lire sans limite."),
    "published_in": ("Publié dans {publication}",),
    "comment_body": ("Merci pour cet article très complet, ça change des papiers écrits à la va-vite.",
                     "Pas du tout d'accord avec l'auteur. On a tenté exactement la même chose à {place} et "
                     "ça n'a rien donné.",
                     "Même histoire chez ma mère l'an dernier : personne ne répondait au téléphone pendant "
                     "{n} jours, puis tout s'est réglé d'un coup.",
                     "Quelqu'un sait si ça concerne aussi ceux qui sont arrivés après {year0} ? L'article "
                     "ne le précise pas.",
                     "Petite précision : la réunion a eu lieu le mardi, pas le jeudi. Pour le reste, rien à "
                     "redire.",
                     "Génial, encore une concertation. Ça va tout changer, c'est sûr 🙄",
                     "Rien à voir avec l'article, mais quand est-ce que la mairie rebouche le nid-de-poule "
                     "devant la boulangerie ?",
                     "Le lecteur au-dessus a raison pour le stationnement, mais il passe à côté du vrai "
                     "sujet : qui paie ?",
                     "merci d'en parler, ça fait des années qu'on le dit et personne n'écoute",
                     "Tout augmente sauf les salaires. Tant qu'on n'aborde pas ça, ce genre d'article tombe "
                     "un peu à côté.",
                     "J'ai grandi à {place} et je ne reconnais plus rien. Tout n'est pas négatif, cela dit.",
                     "Intéressant, mais où sont les chiffres ? J'aimerais voir les données avant de me "
                     "faire un avis.",
                     "Mon grand-père aurait écrit au courrier des lecteurs pour moins que ça. Il le faisait "
                     "presque toutes les semaines.",
                     "Bien écrit, bien documenté. On en redemande.",
                     "Je parie que les commentaires vont se remplir de gens qui n'ont lu que le titre.",
                     "L'autrice peut-elle préciser si les {n} % concernent cette année ou l'an dernier ? La "
                     "phrase se lit dans les deux sens.",
                     "On a eu exactement le même débat en {year0}. Mêmes arguments, même résultat, même "
                     "haussement d'épaules à la mairie.",
                     "Franchement, en quoi c'est une info ? Ça arrive tous les printemps.",
                     "Je travaille dans ce secteur et je confirme l'essentiel. Le passage sur le manque de "
                     "personnel est même en dessous de la réalité.",
                     "Ça fait du bien de lire une bonne nouvelle pour une fois 😊",
                     "Au commentaire plus haut qui dit que tout le monde s'en fiche : non, mais tout le "
                     "monde n'a pas le temps d'aller aux réunions publiques.",
                     "Qui décide de ces choses-là, au juste ? Vraie question, j'habite ici depuis {n} ans "
                     "et je ne sais toujours pas.",
                     "Je prendrais ça plus au sérieux si les mêmes personnes n'avaient pas affirmé "
                     "l'inverse il y a deux ans.",
                     "{m} minutes d'attente au téléphone ce matin. Donc oui, l'article colle plutôt bien à "
                     "la réalité.",
                     "{name} se bat pour ça depuis des années dans notre quartier, content de voir que le "
                     "sujet sort enfin.",
                     "Article équilibré, mais il sous-estime à quel point les choses ont bougé depuis l'an "
                     "dernier.",
                     "Coquille au troisième paragraphe, au passage. Ça ne change rien au fond.",
                     "qui lit encore plus loin que le chapô de nos jours franchement",
                     "C'est exactement pour ça que je ne vais plus en centre-ville le samedi.",
                     "Heureusement qu'il reste une presse locale qui fait du vrai travail de terrain. Ce "
                     "n'est plus le cas partout.",
                     "Je ne partage pas l'avis de l'autrice, mais au moins elle a interrogé les deux camps. "
                     "C'est déjà ça.",
                     "Et maintenant, il se passe quoi ? L'article s'arrête pile quand ça devient "
                     "intéressant.",
                     "Ma fille est partie s'installer à {place} pour ces raisons-là, et je la comprends.",
                     "Y aura-t-il une suite ? J'aimerais savoir où on en sera dans quelques mois.",
                     "La légende de la photo ne dit pas la même chose que le texte. Lequel a raison ?",
                     "Excellent. Je l'ai imprimé pour mon père, qui refuse de lire quoi que ce soit sur un "
                     "écran.",
                     "Encore ce sujet ? On pourrait parler des horaires de bus, pour changer. Le mien avait "
                     "{n} minutes de retard.",
                     "Pour répondre au commentaire du dessus : non, ça n'a pas toujours été comme ça. Avant "
                     "{year0}, c'était bien mieux organisé.",
                     "Le titre est accrocheur, l'article un peu moins.",
                     "J'y étais ce jour-là et il y avait beaucoup moins de monde que ce qui est écrit.",
                     "Des points justes, mais la conclusion me laisse sceptique. Corrélation n'est pas "
                     "causalité.",
                     "Incroyable qu'on en soit encore là en {year}… enfin, pas si incroyable que ça.",
                     "À savoir : la médiathèque aide gratuitement pour ce genre de démarches le mercredi "
                     "matin, si quelqu'un galère.",
                     "Merci pour le suivi, je me demandais justement où on en était.",
                     "Chaque année la même histoire, chaque année les mêmes promesses. Je croirai quand je "
                     "verrai.",
                     "Merci {name}, c'est limpide. Je l'ai fait suivre à mon club de lecture.",
                     "Les élus découvrent le problème alors que tout le monde le vit depuis dix ans. Bravo "
                     "la réactivité.",
                     "En tant que nouvelle arrivante, j'ai trouvé ça vraiment utile. Rien de tout ça n'est "
                     "évident quand on débarque.",
                     "Arrêtons de tout mettre sur le dos des jeunes. L'article est nuancé, certains "
                     "commentaires beaucoup moins.",
                     "Le lecteur qui dit que tout va bien n'a visiblement pas mis les pieds à {place} "
                     "depuis longtemps.",
                     "Je vis à la campagne et, comme d'habitude, on a l'impression que personne ne pense à "
                     "nous dans ce genre de décision.",
                     "lu jusqu'au bout, et toujours pas compris qui va payer au final 🤷"),
    "teaser_dek": ("À {place}, les commerçants craignent que le nouveau plan de stationnement ne fasse fuir "
                   "la clientèle du centre.",
                   "Auteur d'un doublé, la recrue offensive a relancé son équipe dans la course à la montée.",
                   "{brand} prévoit d'ouvrir une plateforme logistique près de {place}, avec jusqu'à {m} "
                   "emplois à la clé.",
                   "Des chercheurs ont suivi {number} volontaires pendant dix ans pour comprendre comment "
                   "le sommeil évolue à la retraite.",
                   "Une ancienne laiterie de {place} devient une salle de concerts ; la programmation "
                   "démarre à l'automne.",
                   "Dans certaines communes, les loyers ont bondi de {percent} % en un an, selon les "
                   "agences immobilières.",
                   "Après trente ans derrière le comptoir de l'épicerie du village, {name} passe la main à "
                   "une coopérative.",
                   "L'hôpital annonce une baisse des délais pour les opérations programmées, une première "
                   "depuis {year0}.",
                   "Le réaménagement des berges de {place} divise nageurs, pêcheurs et promeneurs de chiens.",
                   "Un printemps précoce a fait sortir les papillons près de trois semaines plus tôt que "
                   "d'habitude.",
                   "La nouvelle directrice du théâtre mise sur des pièces plus courtes et des "
                   "représentations en début de soirée.",
                   "Plus de {number} personnes ont signé une pétition contre la fermeture du guichet de la "
                   "gare.",
                   "Un cycliste septuagénaire de {place} a battu le record de France de sa catégorie sur "
                   "100 kilomètres.",
                   "Les maraîchers préviennent : la sécheresse de l'été pourrait faire grimper le prix des "
                   "légumes jusqu'à l'an prochain.",
                   "Vendanges : les viticulteurs du secteur annoncent une récolte précoce mais réduite d'un "
                   "bon tiers.",
                   "Au lycée de {place}, une semaine de quatre jours est à l'essai pour les terminales, "
                   "avec des premiers retours contrastés.",
                   "Les gendarmes lancent un appel à témoins après la perte du chargement d'un poids lourd "
                   "sur la rocade.",
                   "Le festival revient après {n} ans d'absence, sur un site plus petit et avec une jauge "
                   "de {number} spectateurs.",
                   "{brand} annonce un recul de {percent} % de son bénéfice annuel et envisage de revoir "
                   "son réseau de magasins.",
                   "Un fonds de plaques de verre oublié offre aux historiens un rare aperçu de {place} au "
                   "début du XXe siècle.",
                   "Avec des hivers plus doux, la saison des tiques s'allonge et les médecins voient "
                   "davantage de cas de maladie de Lyme.",
                   "Notre critique a lu un premier roman audacieux mais inégal sur trois sœurs qui héritent "
                   "d'une compagnie de bacs.",
                   "Les handballeuses décrochent le titre après une large victoire à l'extérieur et "
                   "comptent {n} points d'avance.",
                   "La dernière librairie indépendante du département a surmonté son année la plus "
                   "difficile grâce à ses bénévoles.",
                   "Des fissures ayant été détectées, le pont restera interdit aux poids lourds au moins "
                   "jusqu'en {year}.",
                   "Selon une enquête auprès de {number} foyers, un actif sur quatre télétravaille au moins "
                   "deux jours par semaine.",
                   "Pourquoi de plus en plus de retraités se mettent à la course à pied, et ce qu'en "
                   "pensent les kinés.",
                   "Le maire de {place} défend l'extinction de l'éclairage public après minuit, une mesure "
                   "d'économie contestée.",
                   "Les astronomes amateurs du club local ont repéré une comète qui devrait être visible "
                   "aux jumelles en mai.",
                   "Jardins partagés et friches : à {place}, {number} kilos de légumes ont été récoltés la "
                   "saison dernière.",
                   "Des députés de plusieurs groupes réclament une commission d'enquête sur les délais de "
                   "délivrance des passeports.",
                   "Au premier trimestre, les ménages ont moins dépensé en vêtements et davantage au "
                   "restaurant.",
                   "{name} prend les rênes de l'équipe première après le départ de l'entraîneur historique "
                   "cet été.",
                   "Une brasserie familiale de {place} décroche l'or dans un concours national avec sa "
                   "bière brune d'hiver.",
                   "Les loutres sont de retour dans la rivière pour la première fois depuis {year0}, se "
                   "réjouissent les naturalistes.",
                   "Le jour le plus chaud de l'année, le Samu a traité {m} appels, presque deux fois plus "
                   "qu'à l'ordinaire.",
                   "Le musée exposera un trésor de monnaies romaines mis au jour dans un champ près de "
                   "{place}.",
                   "Des parents s'inquiètent d'un nouveau circuit de car scolaire qui allongerait les "
                   "trajets de {n} minutes.",
                   "Une étude associe la pratique régulière du chant choral à une tension artérielle plus "
                   "basse chez les seniors.",
                   "Formé dans un garage de {place} en {year0}, le groupe donne ce week-end son dernier "
                   "concert à domicile.",
                   "Les jardiniers sont invités à laisser un coin de pelouse sans tonte ce printemps pour "
                   "aider les pollinisateurs.",
                   "Travaux sur la ligne à hauteur de {place} : des bus remplaceront les trains pendant {n} "
                   "week-ends.",
                   "Le cuisinier d'un minuscule bistrot du port explique pourquoi son ardoise change chaque "
                   "jour.",
                   "À {place}, des locataires du parc social dénoncent des problèmes d'humidité signalés il "
                   "y a des mois.",
                   "Le club d'échecs qui se réunit dans l'arrière-salle d'un café de {place} forme un "
                   "nouveau champion départemental."),
}
# fmt: on
