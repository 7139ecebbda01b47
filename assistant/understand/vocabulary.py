"""The words the assistant understands, in English and Spanish (accents stripped).

Data, not logic: each phrase maps to what it means. Partner names themselves come from
the partners table (English, Spanish and Census names); here are only the aliases,
demonyms and abbreviations people type. Every word of a question must be accounted for
by one of these tables (or a period, a code or a number the grammar reads); a content
word none of them knows stops the question from being answered as if it were absent.
"""

from __future__ import annotations

import re

# Phrases that refer to the United States itself (the reporter): ignored as partners.
REPORTER = [
    "us", "usa", "u s", "united states", "america", "american", "the us", "estados unidos",
    "eeuu", "ee uu", "e u", "eua", "los estados unidos", "norteamerica", "we", "our",
    "nosotros", "us s", "u s s", "the united states", "united states of america", "u s a",
    "american", "americans", "estadounidense", "estadounidenses", "norteamericano",
    "norteamericana", "nuestro pais", "our country", "u s economy", "washington",
    "union americana", "la union americana", "the states",
]  # fmt: skip
# "EU" is the European Union in English and Estados Unidos in Spanish: read by language.
EU_ABBREVIATION = "eu"

PARTNER_ALIASES = {
    "2010": ["mexico", "mexican", "mexicans", "mexicana", "mexicano", "mex", "mx", "mejico", "mexicanas", "mexicanos"],
    "1220": ["canada", "canadian", "canadians", "canadiense", "canadienses", "can"],
    "5700": ["china", "chinese", "chino", "chinos", "prc", "mainland china", "china continental"],
    "5830": ["taiwan", "taiwanese", "taiwanes", "chinese taipei", "taipei"],
    "5820": ["hong kong", "hk"],
    "5520": ["vietnam", "viet nam", "vietnamese", "vietnamita"],
    "5800": ["korea", "south korea", "corea", "corea del sur", "korean", "koreans", "coreano", "coreanos"],
    "5880": ["japan", "japanese", "japon", "japones", "japoneses"],
    "4280": ["germany", "german", "germans", "alemania", "aleman", "alemanes"],
    "4120": ["uk", "britain", "great britain", "england", "united kingdom", "reino unido",
             "gran bretana", "inglaterra", "british", "britanico"],
    "4210": ["netherlands", "the netherlands", "holland", "holanda", "paises bajos", "dutch"],
    "5330": ["india", "indian", "indians", "indio", "indios"],
    "5570": ["malaysia", "malasia"],
    "5490": ["thailand", "tailandia", "thai"],
    "4621": ["russia", "rusia", "russian federation", "ruso"],
    "5200": ["uae", "emirates", "united arab emirates", "emiratos arabes unidos", "emiratos"],
    "5170": ["saudi arabia", "saudi", "arabia saudita", "arabia saudi"],
    "3510": ["brazil", "brasil", "brazilian", "brazilians", "brasilenos"],
    "4890": ["turkey", "turkiye", "turquia"],
    "4759": ["italy", "italia", "italian", "italians", "italianos"],
    "4279": ["france", "francia", "french"],
    "4700": ["spain", "espana", "spanish"],
    "4190": ["ireland", "irlanda", "irish"],
    "5590": ["singapore", "singapur"],
    "4419": ["switzerland", "suiza", "swiss"],
    "6021": ["australia", "australian", "australians"],
    "3570": ["argentina"],
    "3370": ["chile"],
    "3010": ["colombia"],
    "4351": ["czechia", "czech republic", "republica checa", "chequia"],
}  # fmt: skip
# Names the press uses for a country ("el gigante asiático", "the Great White North") and
# names in the country's own language; official ISO names come from pycountry.
PARTNER_NICKNAMES = {
    "5700": ["middle kingdom", "the middle kingdom", "gigante asiatico", "el gigante asiatico", "rpc"],
    "5830": ["taipei chino", "taipei china"],
    "2010": ["pais azteca", "el pais azteca", "nacion azteca"],
    "1220": ["great white north", "the great white north"],
    "5880": ["land of the rising sun", "pais del sol naciente", "el pais del sol naciente",
             "tierra del sol naciente", "nippon", "nihon"],
    "5330": ["bharat"],
    "4190": ["eire"],
    "4280": ["deutschland"],
    "2230": ["ticos"],
    "2050": ["chapines"],
    "2150": ["catrachos", "catracho", "catracha"],
}  # fmt: skip

# Former names of countries that were renamed with the same territory ("Persia" is Iran,
# "Swaziland" is Eswatini). A country that split or merged (Yugoslavia, the USSR,
# Czechoslovakia, East Germany) is not here: no partner in the data is the same place.
FORMER_NAMES = {
    "5070": ["persia"], "7950": ["swaziland", "suazilandia"], "5420": ["ceylon", "ceilan"],
    "5490": ["siam"], "7660": ["zaire"], "5830": ["formosa"], "5601": ["east timor"],
    "7610": ["dahomey"], "7600": ["upper volta", "alto volta"], "5550": ["kampuchea"],
    "7643": ["cape verde"], "6224": ["new hebrides", "nuevas hebridas"],
    "4641": ["moldavia"], "4622": ["byelorussia", "belorussia"],
    "4635": ["kirghizia", "kirguizistan"],
}  # fmt: skip

GROUP_ALIASES = {
    "0020": ["usmca", "usmca partners", "t mec", "tmec", "nafta", "tlcan", "socios del t mec",
             "socios t mec", "usmca countries", "paises del t mec", "north american partners",
             "socios norteamericanos", "cusma", "nafta partners"],
    "1XXX": ["north america", "america del norte", "norteamerica region"],
    "2XXX": ["central america", "centroamerica", "america central"],
    "3XXX": ["south america", "sudamerica", "america del sur", "suramerica"],
    "4XXX": ["europe", "europa"],
    "5XXX": ["asia", "asian countries", "paises asiaticos"],
    "6XXX": ["oceania", "australia and oceania"],
    "7XXX": ["africa"],
    "0003": ["european union", "eu countries", "union europea", "ue", "the eu", "eu 27", "the eu 27", "ue 27", "la ue 27", "eu27",
             "ue27", "bloque comunitario", "bloque comunitario europeo", "comunidad europea"],
    "0027": ["asean"],
    "0022": ["oecd", "ocde"],
    "0023": ["nato", "otan"],
    "0025": ["euro area", "eurozone", "zona euro", "zona del euro", "eurozona"],
    "0026": ["apec"],
    "0014": ["pacific rim", "cuenca del pacifico"],
    "0017": ["cafta", "cafta dr"],
    "0021": ["latin america", "america latina", "latinoamerica", "latam"],
    "0001": ["opec", "opep"],
    "-": ["world", "the world", "all countries", "everyone", "mundo", "el mundo", "whole world",
          "the whole world", "everybody", "todo el mundo",
          "todos los paises", "the rest of the world", "total imports", "overall"],
}  # fmt: skip

# Everyday product names -> HS chapter (code as in the data)
HS_ALIASES = {
    # clothing said with its knit or woven make: no longer ambiguous between 61 and 62
    "61": ["prendas de vestir de punto", "ropa de punto", "prendas tejidas de punto", "knit apparel",
           "knitted clothing", "knit clothing", "knitwear", "knitted garments", "knitted", "knit", "de punto"],
    "62": ["prendas de vestir excepto de punto", "prendas de vestir que no son de punto", "ropa que no es de punto",
           "woven apparel", "woven clothing", "non knitted clothing", "not knitted apparel", "woven garments",
           "woven", "non knitted", "not knitted", "no de punto", "excepto de punto"],
    "84": ["machinery", "machines", "reactores nucleares calderas maquinas",
           "maquinas y aparatos mecanicos", "aparatos mecanicos", "artefactos mecanicos",
           "maquinas aparatos y artefactos mecanicos", "maquinaria", "maquinas"],
    "85": ["electronics", "electronic", "electrical machinery", "electric machinery",
           "maquinas y material electrico", "material electrico",
           "maquinas aparatos y material electrico", "maquinas, aparatos y material electrico",
           "aparatos electricos y electronicos", "electrical equipment", "electronic equipment",
           "electronicos", "electronica", "maquinaria electrica", "equipo electrico",
           "aparatos electricos", "electrical", "electric", "electricos", "electrico"],
    "87": ["vehicles", "vehicle", "vehiculos automoviles", "vehiculos terrestres",
           "vehiculos automoviles tractores", "auto parts", "autoparts", "vehiculos", "autopartes",
           "automotive", "automotriz"],
    "88": ["aircraft", "airplanes", "airplane", "planes", "plane", "aviation", "spacecraft",
           "aeronaves y vehiculos espaciales", "vehiculos espaciales", "navegacion aerea",
           "aviones", "avion", "aeronaves", "aviacion", "naves espaciales"],
    "90": ["instruments", "optical", "instrumentos y aparatos de optica", "aparatos de optica",
           "instrumentos de optica", "precision instruments", "instrumentos", "optica"],
    "27": ["fuel", "fuels", "energy", "combustibles", "combustible", "energia"],
    "30": ["pharmaceuticals", "pharmaceutical", "medicines", "drugs", "medicamentos",
           "productos farmaceuticos", "farmaceuticos",
           "farmaceuticos", "medicinas", "pharma"],
    "72": ["steel", "iron", "acero", "hierro"],
    "76": ["aluminum", "aluminium", "aluminio"],
    "74": ["copper", "cobre"],
    "94": ["furniture", "muebles"],
    "95": ["toys", "juguetes", "sports equipment"],
    "39": ["plastics", "plastic", "plasticos"],
    "40": ["rubber", "caucho", "hule"],
    "22": ["beverages", "drinks", "bebidas"],
    "07": ["vegetables", "verduras", "hortalizas"],
    "08": ["fruit", "fruits", "frutas", "frutos"],
    "02": ["meat", "carne"],
    "03": ["fish", "seafood", "pescado", "mariscos"],
    "10": ["cereals", "grains", "cereales"],
    "12": ["oilseeds"],
    "09": ["coffee", "cafe", "tea", "spices"],
    "71": ["precious metals"],
    "44": ["wood", "lumber", "timber", "madera"],
    "48": ["paper", "papel"],
    "64": ["footwear", "shoes", "zapatos", "calzado"],
    "29": ["organic chemicals", "quimicos organicos"],
    "28": ["inorganic chemicals", "quimicos inorganicos"],
    "89": ["ships", "boats", "barcos", "buques"],
    "86": ["railway", "trains", "rail", "trenes", "ferroviario"],
    "93": ["guns", "firearms", "ammunition", "municiones", "armas de fuego"],
    "31": ["fertilizers", "fertilizer", "fertilizantes"],
    "26": ["ores", "minerales"],
    "17": ["sugar", "azucar"],
    "24": ["tobacco", "tabaco"],
}  # fmt: skip

# Goods inside a chapter that the data does not break out ("avocados" are part of HS 08):
# read as their chapter, and the answer says that its figures cover the whole chapter.
HS_ITEMS = {
    "84": ["computers", "computer", "laptops", "laptop", "pcs", "computadoras", "computadora", "computadores", "ordenadores", "equipo de computo", "nuclear reactors", "boilers", "turbines"],
    "85": ["chips", "chip", "microchips", "phones", "smartphones", "cell phones", "cellphones", "celulares", "telefonos", "batteries", "baterias", "televisions", "tvs"],
    "87": ["cars", "car", "autos", "auto", "automobiles", "coches", "carros", "automoviles", "trucks", "camiones"],
    "88": ["jets"],
    "90": ["medical devices", "medical instruments", "instrumentos medicos", "equipo medico", "equipos medicos", "dispositivos medicos"],
    "27": ["oil", "petroleum", "crude", "natural gas", "gasoline", "petroleo", "crudo", "gasolina"],
    "40": ["tires", "llantas"],
    "22": ["beer", "tequila", "cerveza", "alcohol"],
    "07": ["tomatoes", "jitomates", "tomates"],
    "08": ["avocados", "berries", "aguacates"],
    "02": ["beef", "pork", "res", "cerdo"],
    "03": ["shrimp", "camaron"],
    "10": ["corn", "wheat", "maiz", "trigo"],
    "12": ["soybeans", "soy", "soya", "soja"],
    "71": ["gold", "diamonds", "oro", "plata", "silver", "jewelry", "joyeria"],
    "28": ["rare earths", "tierras raras"],
}  # fmt: skip

# Words that name a whole area where the chapter is ambiguous: ask which one.
HS_AMBIGUOUS = {
    "clothing": ["61", "62"],
    "prendas de vestir": ["61", "62"],
    "ropa y accesorios": ["61", "62"],
    "vestido": ["61", "62"],
    "apparel": ["61", "62"],
    "clothes": ["61", "62"],
    "ropa": ["61", "62"],
    "prendas": ["61", "62"],
    "textiles": ["61", "62", "63"],
    "chemicals": ["28", "29", "38"],
    "quimicos": ["28", "29", "38"],
    "productos quimicos": ["28", "29", "38"],
}

ATP_ALIASES = {
    "01": ["biotechnology", "biotech", "biotecnologia"],
    "02": ["life science", "life sciences", "ciencias de la vida"],
    "03": ["opto electronics", "optoelectronics", "optoelectronica", "opto electronica"],
    "04": ["information and communications", "information communications", "ict", "tic",
           "information technology", "informacion y comunicaciones",
           "tecnologias de la informacion", "telecommunications", "telecom",
           "telecomunicaciones", "information and communication",
           "information and communications technology", "information and communication technology",
           "information and communication technologies", "tecnologias de la informacion y comunicaciones",
           "tecnologias de la informacion y la comunicacion", "tecnologias de la informacion y las comunicaciones",
           "tecnologia de la informacion y comunicaciones", "tecnologias de informacion y comunicacion"],
    "05": ["semiconductors", "semiconductor", "semiconductores", "atp electronics",
           "advanced electronics", "electronica avanzada"],
    "06": ["flexible manufacturing", "robotics", "robots", "manufactura flexible", "robotica"],
    "07": ["advanced materials", "materiales avanzados"],
    "08": ["aerospace", "aeroespacial", "aeroespaciales", "aerospace products"],
    "09": ["weapons", "armamento", "armas"],
    "10": ["nuclear technology", "nuclear", "tecnologia nuclear"],
}  # fmt: skip

ATP_GENERIC = [
    "advanced technology", "advanced technology products", "atp", "hitech", "high tech",
    "hi tech", "high technology", "tecnologia avanzada", "productos de tecnologia avanzada",
    "alta tecnologia",
]  # fmt: skip

NAICS_ALIASES = {
    "334": ["computer and electronic products", "computer and electronic",
            "productos de computacion y electronicos", "computacion y electronicos"],
    "335": ["electrical equipment appliances and components", "appliances and components",
            "equipo electrico aparatos y componentes"],
    "3364": ["aerospace products and parts", "productos y partes aeroespaciales"],
    "3344": ["semiconductors and electronic components"],
    "3352": ["household appliances", "appliances", "electrodomesticos"],
}  # fmt: skip

# General technology goods (no single chapter): Mexico/Canada/China/Taiwan tech shares.
TECH_GENERIC = [
    "tech", "technology", "technology goods", "tech goods", "tech imports", "tecnologia",
    "bienes tecnologicos", "tecnologicos", "tecnologicas", "high tech goods",
    "technology products", "productos tecnologicos", "tech products", "tech trade",
]  # fmt: skip


def _spanish_forms(infinitive: str) -> set[str]:
    """The forms of a regular Spanish verb people write in questions (accents stripped):
    'vender' -> vende, venden, vendio, vendieron, vendia, vendido, …"""
    stem, ending = infinitive[:-2], infinitive[-2:]
    if ending == "ar":
        endings = (
            "a",
            "as",
            "an",
            "o",
            "e",
            "aste",
            "aron",
            "ar",
            "amos",
            "aba",
            "aban",
            "ado",
            "ados",
            "ando",
            "ara",
            "aran",
        )
    else:
        endings = (
            "e",
            "es",
            "en",
            "o",
            "i",
            "io",
            "iste",
            "imos",
            "ieron",
            "er",
            "emos",
            "ia",
            "ian",
            "ido",
            "idos",
            "iendo",
            "iera",
            "ieran",
        )
    return {stem + e for e in endings}


# Buying verbs: U.S. imports when the U.S. buys ("what does the US buy from Mexico"), U.S.
# exports when a partner buys from the U.S. ("how much does Canada buy from the US",
# "¿cuánto le compra Canadá a EE.UU.?"). The reader decides from who buys from whom.
SPANISH_BUY_WORDS = _spanish_forms("comprar") | {"compras"}
BUY_WORDS = {"buy", "buys", "bought", "buying", "purchase", "purchases", "purchased",
             "purchasing"} | SPANISH_BUY_WORDS  # fmt: skip

# Verbs whose subject is the seller or the buyer; the preposition around the U.S. decides
# whether they mean U.S. imports or exports ("sells to the US" = U.S. imports).
SPANISH_SELL_WORDS = _spanish_forms("vender") | _spanish_forms("enviar") | _spanish_forms("mandar")
SELL_WORDS = ["sell", "sells", "sold", "selling", "sales", "ventas", "ship", "ships", "shipped",
              "send", "sends", "sent", *sorted(SPANISH_SELL_WORDS)]  # fmt: skip

# Words that set one side of a comparison against the other ("more than", "frente a", "vs")
AGAINST_WORDS = {"than", "que", "vs", "versus", "v", "against", "frente", "contra", "compared", "comparado",
                 "comparados", "comparadas"}  # fmt: skip

# Spanish puts the subject after the verb ("¿a qué país le vende más EE.UU.?" = the U.S.
# sells), where English puts the object ("which country sells the US the most" = to the U.S.).
SPANISH_TRADE_VERBS = (SPANISH_BUY_WORDS | SPANISH_SELL_WORDS) - {"compras"}

# Words that signal what is asked. kind -> {value: [phrases]}; the reader turns them into
# the elements of a meaning (assistant.understand.meaning).
SIGNALS = {
    "flow": {
        "imports": [
            "bring in", "brought in", "bringing in", "brings in",
            "import", "imports", "imported", "importing", "importer", "imp", "impo", "imps",
            *sorted(BUY_WORDS),
            "supplier", "suppliers", "supplies", "supply", "supplied", "source", "sources",
            "sourcing", "sourced", "inbound", "incoming", "procurement",
            "importa", "importan", "importo", "importaron", "importado", "importados",
            "importada", "importadas", "importaciones", "importacion", "importar", "importamos",
            "importe de", "proveedor", "proveedores", "provee", "proveen", "abastece",
            "abastecen", "suministra", "suministro", "importador", "impo", "imp",
            "entradas", "origen",
            "general imports", "importaciones generales",
            "provino", "provinieron", "provenir", "provenientes", "proveniente", "originarias",
            "originarios", "procedentes de",
            "supplying", "provide", "provides", "providing", "provided", "proveen", "proveyo",
            "spend", "spends", "spent", "spending", "gasto", "gastos", "gastaron", "gasta",
            "inflows", "receive", "receives", "received", "recibe", "reciben", "recibio",
        ],
        "exports": [
            "export", "exports", "exported", "exporting", "exporter", "exp", "expo", "expos",
            "market", "markets", "destination", "destinations", "buyers", "customers",
            "outbound", "shipments", "outgoing", "sold to", "sales to",
            "exporta", "exportan", "exporto", "exportaron", "exportado", "exportados",
            "exportaciones", "exportacion", "exportar", "exportamos", "mercado", "mercados",
            "destino", "destinos", "compradores", "clientes", "exportador", "envios",
            "embarques", "ventas a",
            "outflows", "shipping to", "sending to", "colocan", "coloco", "ventas externas",
            "total exports", "exportaciones totales", "domestic and foreign exports",
        ],
        "balance": [
            "balance", "trade balance", "trade gap", "gap", "brecha", "brecha comercial",
            "net importer", "net exporter", "balanza", "balanza comercial", "saldo",
            "saldo comercial", "importador neto", "exportador neto", "net trade", "net exports",
        ],
        "total": [
            "both ways", "both directions", "in both directions", "ambos sentidos", "en ambos sentidos",
            "total trade", "two way trade", "two way", "bilateral trade", "trade volume",
            "overall trade", "exports and imports", "imports and exports", "exports plus imports",
            "imports plus exports", "comercio total", "intercambio comercial", "total goods trade",
            "exportaciones plus importaciones", "importaciones plus exportaciones",
            "exportaciones mas importaciones", "importaciones mas exportaciones",
            "exports and imports combined", "combined exports and imports",
            "total trade in goods", "comercio total de bienes", "comercio de bienes total",
            "comercio bilateral", "exportaciones e importaciones", "importaciones y exportaciones",
            "trade flows", "total commerce", "trading partners", "trading partner",
            "trade partners", "trade partner", "socios comerciales", "socio comercial",
            "flujo comercial", "comercio bilateral total", "volumen comercial",
        ],
    },
    "side": {  # a balance's side: also sets the flow to balance
        "deficit": ["deficit", "deficits", "in the red", "trade deficit", "trade deficits", "shortfall",
                    "deficit comercial", "deficits comerciales", "en rojo"],
        "surplus": ["surplus", "surpluses", "trade surplus", "trade surpluses", "superavit",
                    "superavits", "superavit comercial", "superavits comerciales"],
    },
    "measure": {
        "share": [
            "share", "shares", "percent of", "percentage of", "portion", "proportion", "slice",
            "stake", "tajada", "rebanada", "pedazo", "fraction", "what part", "participacion",
            "participaciones", "porcentaje", "proporcion", "cuota", "que parte",
            "split between", "split among", "split", "how is split", "se repartieron", "repartieron",
            "se reparten", "reparto", "como se reparte",
            "como porcentaje", "as a share", "parte", "market share", "cuota de mercado",
            "weight", "peso", "what percent", "what percentage", "que porcentaje", "porcentaje de",
            "percent of total", "por ciento de", "porcentual", "participacion porcentual",
        ],
        "rank": [
            "rank", "ranks", "ranked", "ranking", "place", "position", "where does",
            "number one", "number 1", "no 1", "#1", "primer lugar", "placed", "where do",
            "lugar", "posicion", "puesto", "clasificacion", "que lugar", "en que lugar",
            "standing", "ranks among", "where is", "where are", "donde esta",
            "donde se ubica", "se ubica", "ubica", "ocupa", "ocupo", "lugar ocupa",
            "primer", "primero", "primera", "segundo lugar",
            "ubico", "se ubico", "se ubicaron", "quedo", "quedaron", "que lugar quedo",
            "en que lugar quedo", "lugar quedo", "where did", "where was", "where is",
            "ocupamos", "quedamos", "nos ubicamos", "ubicamos", "where do we", "where did we",
        ],
        "change": [
            "by what percent", "by what percentage", "by how much percent", "by how many percent", "en que porcentaje", "en que por ciento",
            "grow", "grew", "grown", "growth", "increase", "increased", "increases", "rise",
            "rose", "risen", "percent change", "percentage change", "pct change", "decline",
            "declined", "fall", "fell", "drop", "dropped", "crecer", "crecio", "crecieron",
            "crecimiento", "han crecido", "ha crecido", "aumento", "aumentaron", "aumentado",
            "cambio porcentual", "variacion", "variacion porcentual", "cayo", "cayeron",
            "disminuyo", "disminuyeron", "caida", "how much more", "how much bigger",
            "percentage growth", "percent growth", "crecimiento porcentual", "how much larger",
            "how much higher", "how much smaller", "how much lower", "cuanto mas grandes",
            "cuanto mayores", "yoy", "year over year", "year on year", "y o y", "interanual",
            "vs prior year", "same period last year", "mismo periodo del ano anterior",
            "mismo periodo del ano pasado", "change in percent", "in percent", "en porcentaje",
            "expand", "expanded", "shrink", "shrank", "contract", "contracted", "jump",
            "jumped", "surge", "surged", "plunge", "plunged", "repunte", "repunto",
            "se contrajo", "contraccion", "avance", "avanzo", "retroceso", "retrocedio",
            "subio", "subieron", "bajaron", "incremento", "incrementaron", "delta",
            "difference", "diferencia", "widen", "widened", "narrow", "narrowed",
            "se amplio", "se redujo", "change", "changes", "cambio", "cambios", "change in",
            "cambio en", "gain", "gained", "loss", "lost", "perdio", "gano",
            "fallen", "falling", "decrease", "decreased", "decreasing", "declining",
            "cambiaron", "cambia", "cambian", "cambiado", "cambiar", "vario", "variaron", "varia",
            "crece", "crecen", "crecera", "caen", "cae", "cayendo", "aumentan", "aumenta",
            "disminuye", "disminuyen", "subieron", "sube", "suben", "descendio", "descendieron",
            "descenso", "contrajeron", "contraccion de", "expandieron", "expansion",
            "reduce", "reduced", "reducing", "reduciendo", "reducido", "redujo", "caido",
            "ha caido", "han caido", "disminucion", "crecido", "aumentar", "growing", "grows",
            "increasing", "rising", "rises", "how fast", "que tan rapido", "rate of growth",
            "tasa de crecimiento", "ritmo",
        ],
        "trend": [
            "trend", "trends", "trended", "trending", "over time", "evolution", "evolve", "evolved", "changed",
            "history", "historical", "year by year", "each year", "every year", "annually",
            "tendencia", "evolucion", "ha cambiado", "han cambiado", "cambiado", "historico",
            "historia", "a lo largo", "cada ano", "ano por ano", "trajectory", "over the years",
            "through the years", "gained ground", "gaining ground", "lost ground",
            "losing ground", "catching up", "ganado terreno", "perdido terreno",
            "ganando terreno", "what has happened", "que ha pasado", "series", "serie",
            "time series", "serie de tiempo", "by year", "por ano", "annual series", "path",
            "trayectoria", "comportamiento",
            "moved", "move", "moves", "movement", "se movieron", "se ha movido", "movimiento",
            "record", "records", "record high", "all time high", "maximo historico", "ever",
            "largest ever", "highest ever", "on record",
            "evoluciono", "evolucionado", "evolucionaron", "ha evolucionado",
            "han evolucionado", "en el tiempo", "a traves del tiempo", "con el tiempo",
            "over the period", "since then",
        ],
        "top": [
            "top", "largest", "biggest", "main", "leading", "major", "most", "highest", "who",
            "which countries", "what countries", "which country", "what country", "which nations",
            "what nations", "que naciones", "cuales naciones",
            "principales", "principal", "mayores", "mayor", "mas grandes", "quien", "quienes",
            "que paises", "que pais", "cuales paises", "cual pais", "lideres", "leaders",
            "primeros", "best", "key", "greatest", "who are", "a donde", "adonde",
            "hacia donde", "hacia que paises", "a que paises", "lead", "leads", "led", "lider",
            "encabeza", "encabezan", "encabezo", "biggest partners", "biggest sources",
            "heaviest", "dominant", "dominates", "domina", "rely on", "relies on", "rely",
            "depend on", "depends on", "depende de", "dependen de", "dependence on",
            "reliance on", "dependencia de",
            "depende", "dependen", "depend", "depends", "reliance", "dependencia", "mayoria",
            "la mayoria", "majority", "bulk", "de donde", "where from", "most of",
            "primer proveedor", "number one supplier", "principalmente", "mainly", "mostly",
            "mas importantes", "most important", "los mas importantes",
        ],
        "products": [
            "lo que mas", "que es lo que",
            "products", "what does", "what do we", "productos", "break down", "breakdown",
            "which goods", "what goods", "que bienes", "cuales bienes", "que mercancias",
            "categories of goods", "categorias de bienes", "types of goods", "tipos de bienes",
            "desglosa", "desglose", "que le compra", "que compra", "what kind", "which products",
            "what products", "que productos", "items", "categories", "chapters", "capitulos",
            "main things", "what things", "which things", "que cosas", "kinds of goods",
            "sorts of goods", "what stuff", "what kind of stuff", "que tipo de cosas",
            "composition", "composicion", "by chapter", "por capitulo", "product mix", "by hs chapter",
            "by hs", "by hs2", "hs chapters", "por capitulo del sa", "por capitulos del sa",
            "por capitulos", "by product", "por producto",
            "mix",
        ],
        "coverage": [
            "hasta que mes", "hasta que fecha", "hasta cuando", "tienen datos", "tienen informacion", "until when", "through what month", "up to what month",
            "what data", "which data", "data do you have", "data available", "years are covered",
            "which years", "what years", "covered", "coverage", "latest data",
            "most recent data", "que datos", "datos tienes", "datos disponibles", "que anos",
            "cubren", "cobertura", "dato mas reciente", "do you have", "tienes datos", "ano mas reciente",
            "latest year", "most recent year", "ultimo ano con datos", "que ano tienes",
            "que anos tienes", "hasta que ano", "through what year", "up to what year",
            "latest month you have data for", "latest month you have data", "most recent month you have data for",
            "que mes tienes", "ultimo mes con datos que tienes", "hasta que mes tienes",
            "what can you", "que puedes", "data source", "fuente de datos", "sources of data",
            "how recent", "que tan recientes", "what period", "which period", "que periodo",
            "dataset", "base de datos", "time span", "periodo cubre", "up to date",
            "actualizados", "actualizado", "how current", "que tan actuales", "que tienes",
            "what do you have", "what do you cover", "que cubres",
            "cover", "covers", "cubre", "months", "meses", "latest available", "freshest",
            "informacion disponible", "informacion estadistica", "que informacion",
            "what information", "ultimo periodo", "periodo mas reciente", "con que cuenta",
            "con que cuentan", "what period do you have", "most recent period",
            "vintage", "version of the data",
        ],
        "level": [
            "how much", "how many dollars", "cuanto", "cuanta", "value", "valor", "amount",
            "monto", "figure", "figures", "cifra", "cifras", "number", "numbers", "dato",
            "datos de", "total", "totals", "sum", "suma", "volume", "level", "nivel", "size",
            "tamano", "worth", "dollar value", "valor en dolares", "in dollars", "en dolares",
            "usd", "dollars", "dolares", "billion", "billions", "mil millones", "millones",
            "millions", "bn", "mmd", "what was", "what were", "cual fue", "cuales fueron",
            "a cuanto", "ascendio", "ascendieron", "sumaron", "sumo", "registro", "registraron",
            "totales", "large", "big", "grande", "grandes", "how large", "how big", "que tan grande",
            "magnitude", "magnitud", "importe", "cuantia",
        ],
    },
    "separately": {  # each partner on its own; with "imports and exports", two flows
        "separately": ["separately", "por separado", "each separately", "cada pais por separado",
                       "one by one", "uno por uno", "respectively", "respectivamente",
                       "desglosado", "desglosado por pais", "desglosadas", "broken out",
                       "por pais", "by country", "country by country"],
    },
    # "in round numbers", "to one decimal", "en miles de millones de dólares": how the figure is
    # written; every answer gives its own rounding and the CSV the exact dollars
    "units": {
        "units": ["in round numbers", "round numbers", "rounded", "rounded to the nearest billion",
                  "to the nearest billion", "round it", "round it to the nearest billion", "rounding",
                  "to one decimal", "to one decimal place", "one decimal", "one decimal place",
                  "in billions", "in billions of dollars", "in billions of us dollars", "in millions",
                  "in millions of dollars", "in dollars", "in us dollars", "en dolares", "en millones",
                  "en millones de dolares", "en miles de millones", "en miles de millones de dolares",
                  "redondeado", "redondeado a un decimal", "a un decimal", "con un decimal", "redondeada",
                  "en numeros redondos", "cifras redondas", "en cifras redondas"],
    },
    "percent": {  # "in %": the unit of a change, or (alone) a share
        "percent": ["percent", "per cent", "percentage", "pct", "por ciento", "in percent", "en porcentaje",
                    "in percentage terms", "en terminos porcentuales", "percentage points",
                    "puntos porcentuales"],
    },
    "combine": {
        "combined": [
            "together", "combined", "as a bloc", "as a block", "as a group", "bloc",
            "conjunto", "valor conjunto", "en forma conjunta", "de manera conjunta", "aggregate",
            "suma", "sum", "summed", "sumadas", "sumados en total",
            "en conjunto", "juntos", "juntas", "combinado", "combinados", "combinadas",
            "sumados", "sumadas", "en bloque", "como bloque", "agregado", "agregados",
            "conjuntamente", "jointly", "put together", "added together", "sum of", "suma de",
            "taken together", "as one", "como grupo", "de forma conjunta", "collectively",
        ],
    },
    "compare": {
        "compare": [
            "compare", "compared", "comparison", "comparing", "vs", "versus", "against", "v",
            "comparar", "compara", "comparacion", "contra", "frente a", "frente", "comparado",
            "relative to", "side by side", "compared with", "compared to", "comparado con",
            "respecto a", "respecto al", "respecto de", "con respecto a", "en comparacion con",
            "vis a vis", "or", "o",
            "comparativo", "comparativa", "comparison of", "supero", "superaron", "supera",
            "superan", "exceeded", "exceeds", "exceed", "surpassed", "surpass", "overtook",
            "overtake", "larger than", "bigger than", "greater than", "more than", "less than",
            "smaller than", "mayor que", "menor que", "rebaso", "rebasaron",
            "lado a lado", "uno al lado del otro", "head to head", "cara a cara",
            "next to", "alongside", "beside", "junto a", "al lado de",
            "comparelo", "comparela", "comparalo", "comparala", "compare it", "compare that",
            "comparame", "comparanos", "comparen", "comparenme", "uno junto al otro", "junto al otro",
            "comparado", "comparada", "comparados",
        ],
    },
    "order": {
        "smallest": ["smallest", "least", "menos", "the least", "lowest", "bottom", "fewest", "menores", "menor",
                     "mas pequenos", "mas pequenas", "mas pequeno", "ultimos lugares", "minimo",
                     "minimos", "weakest"],
        "largest": ["largest", "biggest", "highest", "greatest", "mayores", "most", "top"],
    },
    # "bigger", "sells more": a comparison between the partners named, or (none named) the
    # largest, as "most" is
    "comparative": {"more": ["more", "mas", "bigger", "larger", "greater", "higher", "mas grande",
                             "mas grandes", "the bigger", "the larger"]},
    "append": {"append": ["add", "also add", "too", "as well", "tambien", "agrega", "anade",
                          "sumale", "include", "incluye", "plus", "ademas", "also", "and also",
                          "le sumamos", "si le sumamos", "sumamos", "si sumamos", "agregamos",
                          "si agregamos", "anadimos", "si anadimos", "what if we add"]},
}  # fmt: skip

BARE_TRADE = ["trade", "trading", "commerce", "comercio", "comercial", "comerciales", "intercambio",
              "trade relationship", "relacion comercial", "trade ties", "commercial",
              "stuff", "things", "cosas", "merchandise", "mercancia", "mercancias"]  # fmt: skip

# Courtesy, greetings, framing and filler: they never change what is asked.
FILLER = [
    # greetings and courtesy
    "will you", "would you", "can you please", "ahora", "now", "hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "morning",
    "please", "pls", "plz", "kindly", "thanks", "thank you", "thank you very much", "thx",
    "cheers", "thanks in advance", "thank you in advance", "in advance", "many thanks", "much appreciated", "appreciate it",
    "i appreciate", "i would appreciate", "i d appreciate", "grateful", "regards",
    "best regards", "sincerely", "all the best", "apologies", "team", "folks",
    "all", "everyone", "hola", "buenos dias", "buenas tardes", "buenas noches", "buen dia",
    "estimado", "estimada", "estimados", "estimadas", "por favor", "porfa", "favor de",
    "gracias", "muchas gracias", "mil gracias", "de antemano", "de antemano gracias",
    "agradezco", "agradeceria", "agradecere", "le agradeceria", "le agradecere",
    "les agradeceria", "les agradecere", "se lo agradecere", "agradeceremos",
    "su apoyo", "su apoyo para", "tu apoyo", "apoyo", "atentamente", "saludos",
    "saludos cordiales", "cordialmente", "un saludo", "quedo atento", "quedo atenta",
    "quedo al pendiente", "sin mas por el momento", "reciba un cordial saludo",
    "por medio del presente", "por medio de la presente", "por este conducto",
    "me permito", "me permito solicitar", "nos permitimos", "solicito", "solicitamos",
    "le solicito", "de la manera mas atenta", "atentamente solicito", "en atencion a",
    "con el fin de", "a efecto de", "para efectos de", "con relacion a", "en relacion con",
    "respecto del", "relativo a", "relativa a", "referente a", "sobre", "acerca de",
    "en torno a", "con motivo de", "licenciado", "licenciada", "lic", "maestro", "maestra",
    "mtro", "mtra", "ingeniero", "ing", "doctor", "dra", "dr", "senor", "senora",
    "una consulta", "una pregunta", "consulta", "pregunta", "pregunta rapida", "duda",
    "una duda", "tengo una duda", "quick question", "quick one", "question", "a question",
    "one question", "just wondering", "wondering", "curious", "i wonder",
    # asking and wanting
    "i need", "we need", "need", "needs", "i d like", "i would like", "i want", "we want",
    "i m looking for", "looking for", "can you", "could you", "would you", "can i get",
    "could i get", "can we get", "could we get", "may i", "tell me", "show me", "give me",
    "get me", "send me", "let me know", "do you know", "would like to know", "like to know",
    "want to know", "need to know", "i d love", "help me", "help", "find", "find out",
    "look up", "pull", "pull up", "check", "verify", "confirm", "double check", "see",
    "know", "share with me", "provide", "provide me", "quisiera", "quisiera saber",
    "quiero", "quiero saber", "queremos saber", "me gustaria", "me gustaria saber",
    "necesito", "necesitamos", "necesito saber", "me puedes", "me puede", "me podria",
    "me podrias", "podria", "podrias", "puedes", "puede", "pueden", "podrian",
    "me podria decir", "me podria informar", "me podria indicar", "me podria proporcionar",
    "proporcionar", "proporcione", "proporcionarme", "informar", "informara", "informe",
    "me informe", "me informara", "indicar", "indique", "me indique", "indicarme",
    "decir", "dime", "dame", "me das", "muestrame", "muestra", "mostrar", "ensename",
    "consultar", "saber", "conocer", "obtener", "ver", "revisar", "verificar", "confirmar",
    "busco", "estoy buscando", "ayuda", "ayudame", "me ayudas", "me ayuda", "apoyarme",
    # framing: what the figure is for
    "for a memo", "for my memo", "for a memo i m writing", "memo", "i m writing", "writing",
    "for a story", "story", "article", "for an article", "briefing", "for a briefing",
    "report", "for a report", "for my report", "note", "for a note", "brief", "deck",
    "slide", "slides", "presentation", "draft", "piece", "newsletter", "for the record",
    "fact check", "fact checking", "factcheck", "is it true", "is it true that", "true",
    "claim", "the claim", "someone said", "they say", "i read", "i heard", "reportedly",
    "for context", "context", "background", "quick", "quickly", "asap", "urgent", "today",
    "right now", "now", "just", "exactly", "exact", "precise", "precisely", "roughly",
    "approximately", "approx", "about", "around", "ballpark", "really",
    "official", "officially", "the official", "figure for", "numbers on", "data on",
    "info on", "information on", "stats", "stats on", "statistics", "statistic",
    "estadistica", "estadisticas", "informacion", "la informacion", "los datos", "data",
    "datos", "para una nota", "nota", "para un reporte", "reporte", "para un informe",
    "informe", "tarjeta informativa", "para una tarjeta informativa", "ficha", "oficio",
    "para el oficio", "comunicado", "boletin", "articulo", "para un articulo",
    "presentacion", "es cierto", "es cierto que", "es verdad", "es verdad que", "cierto",
    "verdad", "se dice", "se dice que", "dicen que", "lei que", "segun", "confirmar si",
    "chequeo", "verificacion", "verifiquen", "rapido", "urgente", "hoy", "exactamente",
    "aproximadamente", "alrededor de", "official figure", "cifra oficial", "dato oficial",
    "fyi", "btw", "re", "fw", "fwd", "asunto", "subject", "cc", "ok", "okay", "so", "well",
    # hedges about whether the data has it: a doubt, not a question in the negative
    "not sure", "i m not sure", "im not sure", "not sure if", "not sure whether", "no idea if",
    "i don t know if", "i don t know whether", "dunno if", "not sure you ll have this",
    "not sure you have this", "you may not have this", "you might not have this",
    "maybe you don t have this", "if you have it", "if you have that", "in case you have it",
    "no se si", "no estoy seguro", "no estoy segura", "no estoy seguro si", "no estoy segura si",
    "no se si lo tengan", "no se si lo tengas", "no se si tengan esto", "no se si tengas esto",
    "tal vez no lo tengan", "tal vez no lo tengas", "quiza no lo tengan", "si lo tienen",
    "si lo tienes",
    # a question passed on from someone else ("My boss wants to know…", "Me pide mi jefa…")
    *(f"{who} {asks}" for who in ("my boss", "my editor", "my manager", "my director", "my supervisor",
                                  "mi jefe", "mi jefa", "mi editor", "mi editora", "mi director",
                                  "mi directora", "mi supervisor", "mi supervisora")
      for asks in ("wants to know", "asks", "asked", "is asking", "needs to know", "quiere saber",
                   "pregunta", "me pide", "pide", "necesita saber")),
    *(f"me pide {who}" for who in ("mi jefe", "mi jefa", "mi editor", "mi editora", "mi director",
                                   "mi directora", "mi supervisor", "mi supervisora")),
    "um", "the two", "these two", "those two", "los dos", "las dos", "esos dos", "estos dos", "guys", "you guys", "folks", "you all", "y all", "yall", "correccion", "pues", "bueno", "oye", "oiga", "a ver", "entonces", "ahora bien",
    "question about", "data question", "figures please", "general", "en general",
    "sistema armonizado", "del sistema armonizado", "del sa", "sa", "hs", "hs2", "2 digit", "harmonized system", "tigie", "de la tigie",
    "nomenclatura", "u s census", "census",
    "flow", "flows", "flujo", "flujos", "year", "ano", "metric", "metrica", "measure", "medida",
    "field", "campo", "period", "periodo", "corrientes", "dolares corrientes", "current dollars",
    "nominal", "nominales", "precios corrientes", "at current prices", "hoja de calculo",
    "para una hoja de calculo", "spreadsheet", "excel",
    "proporcionara", "proporcionaran", "proporcionen", "proporcionarnos", "indicara", "indicaran",
    "indiquen", "indicarnos", "informaran", "informen", "informarnos", "remitiera", "remitan",
    "enviara", "enviaran", "compartiera", "compartieran", "facilitara", "facilite", "faciliten",
    "hiciera llegar", "haga llegar", "hagan llegar", "nos haga llegar", "tuviera a bien",
    "tenga a bien", "tengan a bien", "sirvase", "sirvanse", "atribuciones",
    "con fundamento en las atribuciones", "esta unidad", "esta direccion", "esa direccion",
    "esa direccion general", "esta direccion general", "esta dependencia", "esa dependencia",
    "esta secretaria", "esa secretaria", "esta subsecretaria", "esta coordinacion",
    "mejor", "ejercicios fiscales", "ejercicios", "ejercicio fiscal", "el mes de", "mes de",
    "mes", "relacion de", "la relacion de", "relacion", "obtuvo", "obtuvieron", "registro",
    "conforme a", "conforme", "de acuerdo con", "de acuerdo a", "segun las cifras",
    "cifras de importacion", "cifras de exportacion", "desglosado", "desglosado por pais",
    "desglosadas", "por pais", "by country", "country by country", "each country",
    "correspondientes", "correspondiente", "comentarios", "comentario", "declaracion",
    "declaraciones", "afirmacion", "dicho", "solo", "solamente", "only", "nada mas", "nomas",
    "same period", "the same period", "mismo periodo", "el mismo periodo", "same months",
    "mismos meses", "same month", "mismo mes", "covid", "covid19", "covid 19", "pandemic",
    "pandemia", "lockdown", "recession", "recesion", "crisis", "trade war", "guerra comercial",
    "nearshoring", "friendshoring", "relocalizacion", "hit", "covid hit",
    "boss", "my boss", "the boss", "boss wants", "wants", "wants it", "deck", "desk", "trade desk",
    "analyst", "analysts", "staffer", "staff", "office", "hearing", "markup", "speech",
    "floor speech", "delegation", "visit", "prepping", "prep", "interview", "source said",
    "a source", "headline", "headlines", "topline", "top line", "topline number", "sanity check",
    "sanity", "draft", "claim in a draft", "newsroom", "editor", "desk here", "here",
    "colleague", "colleagues", "minister", "ministry", "secretary", "secretaria", "direccion",
    "subsecretaria", "dependencia de gobierno", "equipo", "mesa", "mesa de verificacion",
    "verificacion", "verificado", "verificando", "verificar dato", "dato a verificar",
    "noticiero", "seccion", "redaccion", "discurso", "comparecencia", "audiencia", "oficina",
    "con copia", "con copia a", "cc a", "por instrucciones", "por instrucciones superiores",
    "instrucciones", "superiores", "con fundamento en", "con fundamento en la solicitud",
    "fundamento", "solicitud", "solicitud recibida", "la solicitud recibida", "recibida",
    "requerimos", "requiero", "sin otro particular", "sin mas", "otro particular", "particular",
    "estamos", "estamos verificando", "compartir", "compartan", "me pueden compartir",
    "pueden", "podrian", "ayudan", "me ayudan", "me ayudan con", "ayudarme", "sabe", "sabes",
    "saben", "confirman", "confirme", "confirmar", "me confirman", "amablemente",
    "atentamente", "de la manera mas atenta", "por favor envien", "enviar", "envien",
    "favor de enviar", "remitir", "remita", "le escribo", "escribo", "le escribo de",
    "buenas", "buen dia", "muy buenos dias", "que tal", "q tal", "hola que tal", "q",
    "just the list", "the list", "list plus values", "values", "valores", "the numbers",
    "numbers please", "in numbers", "for the deck", "for my boss", "for the boss",
    "checking", "checking a claim", "checking a", "i m checking", "we re checking", "correct",
    "correcto", "is that correct", "es correcto", "right", "is that right", "confirm with",
    "can you confirm", "pls", "plz", "thx", "ty", "tia", "please advise", "advise",
    "annual", "annually", "yearly", "per year", "anual", "anuales", "anualmente", "al ano",
    "por ano", "each year", "every year", "hit", "hits", "reach", "reached", "alcanzo",

    "show", "shows", "chart", "plot", "graph", "draw", "display", "list", "name", "grafica",
    "graficar", "grafique", "muestralo", "muestrala", "enumera", "nombra", "lista",
    "same", "the same", "lo mismo", "mismo", "misma", "instead", "en su lugar", "again",
    "de nuevo", "otra vez", "please show", "available", "disponible", "disponibles", "fast",
    "rapido", "rapida", "category", "categories", "categoria", "categorias", "by category",
    "por categoria", "naciones", "nacion", "going", "goes", "go", "went", "come", "comes",
    "coming", "came", "viene", "vienen", "vino", "vinieron", "proviene", "provienen",
    "procedente", "procedentes", "va", "van", "fue a", "llega", "llegan", "corresponde",
    "corresponden", "tienes", "tengo", "incluye", "incluyen", "include", "includes",
    "contain", "contains", "contiene", "contienen", "tan", "que tan", "census data", "census bureau", "oficina del censo", "censo",
    "according to census", "segun el censo", "in the data", "en los datos", "goods",
    "bienes", "merchandise", "mercancia", "mercancias", "mercancias totales", "commodities",
    "country", "countries", "nation", "nations", "pais", "paises", "economy", "economies",
    "partner", "partners", "socio", "socios", "trade data", "datos comerciales",
    "nuestro", "nuestra", "nosotros", "putting together", "pulling together",
    # checking a claim: the figure answers it
    "does the data back that up", "back that up", "back it up", "backs that up", "is that true",
    "is this true", "check that", "check this", "verify that", "verify this", "lo confirman los datos",
    "lo confirman", "confirman los datos", "lo confirma", "lo respaldan los datos", "es verdad eso",
    "es cierto eso", "verificar", "verify", "supply chain", "supply chains", "cadenas de suministro",
    "cadena de suministro", "cadenas de valor", "usmca joint review", "the usmca joint review",
    "joint review of the usmca", "revision conjunta del t mec", "la revision conjunta del t mec", "goods only",
    "only goods", "no services", "not services", "excluding services", "sin servicios", "solo bienes",
    "unicamente bienes", "ponme", "pon", "pasame", "the data", "los datos",
    # a follow-up that corrects the last question ("sorry, I meant 2022", "perdón, quise decir 2023")
    "i meant", "meant", "i mean", "quise decir", "quiero decir", "mejor dicho", "me referia a",
    "fine", "ok fine", "stuff", "things", "cosas", "full list", "the full list", "lista completa",
    "hablamos de", "hablando de", "en cuanto a", "when it comes to", "as for", "regarding",
    "single", "the single", "one single",
    # "share" the verb, not the measure: "would you be so kind as to share …", "could you share …"
    "to share", "please share", "kindly share", "you share", "pls share", "share with me",
    "could you share", "can you share", "would you share", "will you share", "could you please share",
    "can you please share",
    "share with us", "puedes compartir", "podria compartir", "podrian compartir", "me comparte",
    "nos comparte", "compartirme", "compartirnos",
    "platiqueme", "platicame", "me echa la mano", "echeme la mano", "echame la mano", "me echas la mano",
    "seria tan amable de", "seria tan amable", "tan amable de", "me podria indicar", "podria indicarme",
    "me podria decir", "ustedes manejan", "que manejan", "que tanto", "fijese que", "fijese",
    "cada uno por separado", "cada uno", "each one", "each of them", "decirme", "me dice", "digame",
    "me diria", "me dirias", "dime",
    "la lista completa", "tenemos", "tuvimos", "teniamos", "hemos tenido", "we had", "we have",
]  # fmt: skip
# Orders to the assistant: a sentence holding one is never background or reported speech
INSTRUCTION_WORDS = {"pretend", "ignore", "forget", "imagine", "assume", "suppose", "disregard", "act",
                     "override", "bypass", "roleplay", "finge", "ignora", "olvida", "imagina", "supon",
                     "suponga", "haz", "actua", "instructions", "instrucciones", "rules", "reglas",
                     "prompt", "system"}  # fmt: skip

# Verbs that report what someone said ("A senator said on the floor that …"): who said it
# is background; what they said is the claim the answer checks. Only reporting forms: the
# bare "say"/"claim" is an order ("ignore your instructions and say …"), never background.
SPEECH_VERBS = {
    "said", "says", "claims", "claimed", "wrote", "writes", "told", "tells",
    "argued", "argues", "stated", "asserted", "asserts", "reported", "reports", "suggests",
    "suggested", "insists", "insisted", "tweeted", "noted", "mentioned", "alleges", "alleged",
    "dijo", "dice", "dicen", "dijeron", "afirmo", "afirma", "afirman", "afirmaron", "asegura",
    "aseguro", "aseguran", "sostiene", "sostuvo", "escribio", "declaro", "declara", "publico",
    "senalo", "senala", "comento", "menciono", "plantea", "indico", "indica",
}  # fmt: skip

# "How many" counts things only before goods ("how many cars"); before a flow it is a
# learner's "how much" ("how many US import from Mexico").
HOW_MANY = ["how many", "cuantos", "cuantas"]
MONEY_WORDS = {"dollars", "usd", "billion", "billions", "million", "millions", "bucks", "dolares",
               "millones", "billones", "miles"}  # fmt: skip
# "How many countries …": a count of partners, which no query gives (rankings do)
PARTNER_NOUNS = {"countries", "nations", "economies", "partners", "markets",
                 "suppliers", "destinations", "paises", "naciones", "economias", "socios",
                 "mercados", "proveedores", "destinos"}  # fmt: skip

# A slip corrected in the same breath ("imports from Japan sorry Korea", "2016 no wait 2015",
# "Canadá no perdón México"): of two slots of one kind on either side, the later one stands.
CORRECTIONS = [
    "sorry", "no sorry", "no wait", "wait", "i mean", "rather", "actually", "scratch that",
    "make that", "correction", "or rather", "perdon", "no perdon", "digo", "no digo",
    "mejor dicho", "quiero decir", "mas bien", "o sea", "es decir", "that is",
]  # fmt: skip

# Details the data does not have: reason -> phrases. A question that names one is not
# answered with a nearby figure; the reply names the detail and why.
UNAVAILABLE = {
    "services": ["services", "service", "servicios", "tourism", "turismo", "remittances",
                 "remesas", "software services", "financial services", "royalties", "regalias",
                 "travel", "viajes", "transport services", "digital services"],
    "forecast": ["forecast", "forecasts", "predict", "prediction", "projection", "projected",
                 "will be", "next year", "going to be", "pronostico", "pronosticos",
                 "prediccion", "proyeccion", "proyecciones", "sera", "seran", "el proximo ano",
                 "el ano que viene", "future", "futuro", "estimate for", "outlook",
                 "perspectivas", "expected", "expect", "esperado", "se espera", "will",
                 "would be", "habra", "next month", "el proximo mes", "proximo", "upcoming"],
    "investment": ["investment", "investments", "fdi", "inversion", "inversiones", "ied",
                   "inversion extranjera directa", "extranjera directa",
                   "invest", "invertir", "capital flows"],
    "tariffs": ["tariff", "tariffs", "arancel", "aranceles", "duties", "customs duties",
                "charge", "charges", "cobra", "cobran", "levied", "impone",
                "duty", "tax", "taxes", "impuesto", "impuestos", "cuota compensatoria",
                "quota", "quotas", "cupo", "cupos", "sanctions", "sanciones"],
    "macro": ["gdp", "pib", "jobs", "employment", "empleo", "empleos", "unemployment",
              "desempleo", "inflation", "inflacion", "exchange rate", "tipo de cambio",
              "wages", "salarios", "population", "poblacion", "per capita", "stock market",
              "weather", "clima", "interest rate", "tasa de interes", "productivity",
              "productividad", "workers", "trabajadores", "jobs supported"],
    "adjusted": ["real terms", "in real terms", "en terminos reales", "valores reales", "real dollars", "inflation adjusted", "adjusted for inflation",
                 "ajustado por inflacion", "seasonally adjusted", "desestacionalizado",
                 "desestacionalizada", "constant dollars", "dolares constantes",
                 "deflated", "deflactado", "chained", "constant prices",
                 "precios constantes"],
    "quantity": ["tons", "tonnes", "toneladas", "units", "unidades", "volume in units",
                 "number of units", "numero de unidades",
                 "quantity", "quantities", "cantidad", "cantidades", "kilograms", "kilos",
                 "barrels", "barriles", "how many cars", "cuantos autos", "price", "prices",
                 "precio", "precios", "unit value", "valor unitario", "per unit"],
    "places": ["state", "states", "province", "provincia", "provincias", "county",
               "condado", "city", "ciudad", "municipio", "municipality", "region of",
               "by state", "por estado", "state of", "estado de", "entidad federativa",
               "congressional district", "distrito electoral"],
    "ports": ["port", "ports", "puerto", "puertos", "border crossing", "cruce fronterizo",
              "district", "districts", "customs district", "distrito aduanal", "aduana",
              "aduanas", "port of entry", "garita", "airport", "aeropuerto", "by port",
              "por puerto", "by district", "por aduana"],
    "hs_detail": ["heading", "headings", "subheading", "subheadings", "partida", "partidas",
                  "subpartida", "subpartidas", "fraccion", "fraccion arancelaria",
                  "fracciones", "tariff line", "tariff lines", "hts", "hts code", "hs code",
                  "hs6", "hs 6", "hs4", "hs 4", "hs8", "hs10", "six digit", "four digit",
                  "seis digitos", "cuatro digitos", "ocho digitos", "nico", "nicos"],
    # a period named by an event ("pre-pandemic", "since USMCA took effect"): answered only
    # when the question also gives the year ("antes de la pandemia, o sea en 2019")
    "event": ["pre pandemic", "prepandemic", "before the pandemic", "before covid", "antes de la pandemia",
              "prepandemia", "antes del covid", "during the pandemic", "durante la pandemia", "after the pandemic",
              "post pandemic", "despues de la pandemia", "pospandemia", "trade war", "the trade war",
              "guerra comercial", "la guerra comercial", "before the tariffs", "antes de los aranceles"],
    "event_since": ["since usmca took effect", "since the usmca took effect", "since usmca kicked in",
                    "since the usmca kicked in", "since usmca entered into force", "since usmca started",
                    "since usmca came into force", "since the usmca came into force", "since nafta ended",
                    "desde que entro el t mec", "desde que entro en vigor el t mec", "desde la entrada en vigor del t mec",
                    "desde que arranco el t mec", "desde que inicio el t mec", "since the pandemic",
                    "desde la pandemia", "since covid", "desde el covid"],
    # a currency other than the U.S. dollar ("in Canadian dollars", "en pesos")
    "currency": ["canadian dollars", "canadian dollar", "in cad", "cad", "pesos", "mexican pesos", "pesos mexicanos",
                 "en pesos", "in pesos", "dolares canadienses", "yuan", "renminbi", "rmb", "euros", "in euros",
                 "en euros", "yen", "in yen", "new taiwan dollars"],
    # asking for the date something happened ("¿En qué año México rebasó a China?"), not a figure
    "when": ["in what year", "what year", "which year", "en que ano", "en cual ano", "since when", "desde cuando", "en que momento", "at what point",
             "en que mes", "in which month", "what month", "which month", "que mes"],
    "why": ["why", "por que", "porque", "reason", "reasons", "razon", "razones", "cause",
            "causes", "caused", "causa", "causas", "explain why", "due to", "debido a",
            "a que se debe", "what drove", "what explains", "drivers", "motivo", "motivos",
            "impact of", "impacto de", "effect of", "efecto de", "because"],
    "opinion": ["should", "deberia", "deberian", "debe", "good", "bad", "bueno para",
                "es bueno", "es malo", "is good", "is bad", "good for", "bad for", "conviene",
                "le conviene", "es positivo", "es negativo", "ventajoso",
                "malo", "opinion", "opinas", "think", "piensas", "crees", "believe",
                "recommend", "recomiendas", "recomendacion", "advice", "consejo", "better",
                "worse", "peor", "fair", "unfair", "justo", "injusto", "worried",
                "preocupante", "concern", "concerned", "policy", "politica", "strategy",
                "estrategia", "beneficial", "benefit", "benefits", "beneficia", "harm",
                "harms", "hurt", "dana", "perjudica", "win", "winner", "losers", "ganador",
                "good idea", "buena idea", "worth it", "vale la pena"],
    "exclusion": ["excluding", "exclude", "excluded", "except", "other than", "besides",
                  "aside from", "apart from", "without", "ex", "excepto", "sin", "salvo",
                  "sin contar", "excluyendo", "not including", "no incluye",
                  "but not", "rest of", "resto de", "el resto"],
    "negation": ["not", "no", "never", "nunca", "ni", "don t", "doesn t", "didn t", "isn t",
                 "aren t", "wasn t", "weren t", "won t", "none", "ninguno", "ninguna"],
    "average": ["average", "averages", "avg", "promedio", "promedios", "media",
                "median", "mediana", "per month", "monthly average",
                "promedio mensual", "daily", "diario", "weekly", "semanal", "per day"],
    "monthly_series": ["monthly", "mensual", "mensuales", "month by month", "mes a mes",
                       "by month", "por mes", "each month", "cada mes", "every month",
                       "quarterly", "trimestral", "trimestrales", "by quarter", "por trimestre"],
    "fiscal_year": ["fiscal year", "fy", "federal fiscal year", "ano fiscal de eu"],
    "reporter": ["reporter", "mirror", "espejo", "according to mexico", "segun mexico",
                 "inegi", "statcan", "statistics canada", "banxico", "secretaria de economia",
                 "mexican data", "datos de mexico", "canadian data", "china customs",
                 "re exports", "reexports", "reexportaciones", "domestic exports",
                 "exportaciones domesticas", "imports for consumption",
                 "importaciones para consumo", "cif", "fob"],
}  # fmt: skip

# Phrases that open a follow-up ("what about…", "¿y…?").
FOLLOW_UP_STARTS = [
    "what about", "how about", "and", "and for", "and in", "same for", "same but",
    "the same for", "now", "now for", "also", "instead", "what if", "for", "in", "y",
    "y en", "y para", "y que tal", "que tal", "lo mismo", "lo mismo para", "igual para",
    "ahora", "ahora para", "tambien", "mismo", "same", "only", "just", "show", "muestra",
    "show it", "show me", "muestralo", "now show", "as a", "como", "and what about",
    "what s that", "that", "and that", "eso", "y eso", "and then", "then", "ok and",
    "ok now", "y ahora", "how much did that", "cuanto cambio eso",
]  # fmt: skip

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "twenty five": 25, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "quince": 15, "veinte": 20, "veinticinco": 25,
}  # fmt: skip

# Function words: articles, prepositions, pronouns, auxiliaries and question words. They
# carry no meaning of their own here, so they need no slot.
STOPWORDS = {
    "under", "soy", "eres", "somos", "estoy", "before", "antes", "dentro", "throughout", "upon",
    "onto",
    "the", "a", "an", "of", "in", "to", "from", "for", "with", "and", "or", "on", "at", "by",
    "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "done", "how",
    "what", "which", "whats", "me", "tell", "give", "s", "it", "its", "that", "this", "these",
    "those", "there", "their", "they", "them", "has", "have", "had", "than", "as", "into",
    "between", "per", "i", "you", "your", "my", "us", "we", "our", "he", "she", "his",
    "her", "d", "ll", "m", "re", "ve", "t", "can", "could", "would", "may", "might", "shall",
    "get", "got", "any", "some", "much", "many", "all", "each", "up", "out", "over",
    "during", "within", "across", "through", "via", "when", "where", "here",
    "then", "also", "still", "yet", "if", "whether", "both", "either", "one", "ones", "but", "ambos",
    "pero", "sino", "aunque", "however", "though", "although", "back",
    "ambas",
    "kind", "sort", "like", "let", "lets", "make", "made", "go", "went", "having",
    "de", "del", "la", "el", "los", "las", "lo", "en", "con", "y", "e", "o", "u", "al",
    "que", "por", "para", "su", "sus", "se", "le", "les", "es", "son", "fue", "fueron",
    "era", "eran", "ha", "han", "hay", "habia", "cual", "cuales",
    "como", "un", "una", "unos", "unas", "muy", "entre", "mi", "mis", "tu", "tus",
    "nos", "te", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas",
    "eso", "esto", "aquel", "ya", "si", "cuando", "donde", "cada", "todo", "todos",
    "toda", "todas", "algo", "alguno", "algun", "alguna", "hacia", "hasta", "desde",
    "durante", "mediante", "segun", "tiene", "tienen", "tuvo", "tuvieron", "tenido",
    "estado", "estan", "estuvo", "ser", "sido", "hace", "hizo", "hicieron",
    "estamos", "estuvimos", "estabamos", "estaba", "estaban", "estuvieron", "fuimos", "eramos",
    "tenemos", "tuvimos", "teniamos",
    "haya", "cuanto", "cuanta", "it s", "that s", "there s", "what s", "who s", "among",
    "amongst", "bajo", "run", "runs", "ran", "running", "post", "posted", "posts", "record",
    "recorded", "records", "register", "registered", "see", "saw", "look", "looks", "use",
    "used", "happen", "happened", "come", "came", "comes", "hold", "holds", "held", "stand",
    "stands", "stood", "account", "accounts", "accounted", "represent", "represents",
    "represented", "tenia", "tenian", "registra", "registran", "representa",
    "representan", "represento", "representaron", "ver", "hubo", "viene", "vienen", "vino",
    "vinieron",
}  # fmt: skip

# Verbs that only carry the question along ("what the balance looked like", "¿cómo se
# comportaron las exportaciones?"): every regular form of them is a function word too
# (FILLER_FORMS, generated below, so "looked", "appearing", "registraron" need no entry).
# Not here: verbs that can change the question ("end", "close", "cierre": a month).
FILLER_VERBS = {
    "en": ["look", "see", "seem", "appear", "happen", "come", "record", "register", "represent",
           "account", "use", "post", "show", "fare", "perform", "turn", "stack", "shape", "stand",
           "hold", "run", "go", "amount", "reach", "land", "come", "tell", "give", "find", "want",
           "need", "know", "like", "wonder", "help", "send", "share", "bother", "trouble", "ask",
           "hope", "check", "put", "lay", "line", "place", "set", "sit", "contribute"],
    "es": ["registrar", "representar", "mostrar", "lucir", "quedar", "resultar", "presentar",
           "comportar", "ver", "alcanzar", "dar", "decir", "necesitar", "querer", "saber",
           "ayudar", "enviar", "mandar", "pasar", "ubicar", "situar", "encontrar", "venir", "poner",
           "colocar", "llevar", "captar", "acaparar", "aportar", "contribuir"],
}  # fmt: skip


def _english_forms(verb: str) -> set[str]:
    """look -> looks, looked, looking; use -> used, using; apply -> applied; stop -> stopped."""
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    else:
        s = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "o")) else "s")
        vowels = "aeiou"
        short = (
            len(verb) <= 4
            and verb[-1] not in vowels + "wxy"
            and verb[-2] in vowels
            and verb[-3] not in vowels
        )
        stem = verb + verb[-1] if short else verb  # stop -> stopped, run -> running
        forms |= {s, stem + "ed", stem + "ing"}
    return forms


def _spanish_forms(verb: str) -> set[str]:
    """Regular present, preterite, imperfect and participles, unaccented as tokens are:
    registrar -> registra, registran, registro, registraron, registraba, registrado."""
    stem, ending = verb[:-2], verb[-2:]
    if ending == "ar":
        endings = ["a", "an", "o", "aron", "aba", "aban", "ado", "ados", "ando", "e", "en", "ara", "aran",
                   "amos", "abamos"]  # fmt: skip
    else:  # -er, -ir
        endings = ["e", "en", "io", "ieron", "ia", "ian", "ido", "idos", "iendo", "a", "an", "iera", "ieran",
                   "emos" if ending == "er" else "imos", "imos", "iamos"]  # fmt: skip
    return {verb, verb + "se"} | {stem + e for e in endings}


FILLER_FORMS = frozenset(
    {f for v in FILLER_VERBS["en"] for f in _english_forms(v)}
    | {f for v in FILLER_VERBS["es"] for f in _spanish_forms(v)}
)

# Who is asking ("Soy analista de la Secretaría de Economía, …", "I'm a reporter in Ottawa,
# …"): a clause that opens with one of these and names a role says nothing about the
# question, so its places are where the asker works, not partners.
INTRO_OPENERS = ["i m", "i am", "im", "we re", "we are", "soy", "somos", "i work", "we work",
                 "trabajo", "trabajamos", "le escribe", "les escribe", "te escribe", "le escribo",
                 "les escribo", "te escribo", "escribo", "writing", "i m writing", "im writing",
                 "hablo", "le hablo", "les hablo", "te hablo", "hablamos", "i m calling", "calling",
                 "speaking", "i m speaking"]  # fmt: skip
ROLES = [
    "analyst", "journalist", "reporter", "economist", "researcher", "student", "staffer",
    "advisor", "adviser", "consultant", "editor", "producer", "official", "intern", "professor",
    "teacher", "writer", "correspondent", "economist", "aide", "officer", "director", "manager",
    "analista", "periodista", "reportero", "reportera", "economista", "investigador",
    "investigadora", "estudiante", "asesor", "asesora", "consultor", "consultora", "editora",
    "funcionario", "funcionaria", "becario", "becaria", "profesor", "profesora", "corresponsal",
    "redactor", "redactora", "directora", "gerente", "jefe", "jefa", "coordinador", "coordinadora",
    "exporter", "importer", "manufacturer", "producer", "farmer", "grower", "business owner",
    "exportador", "exportadora", "importador", "importadora", "fabricante", "productor",
    "productora", "agricultor", "agricultora", "empresario", "empresaria",
]  # fmt: skip
ROLE_PLACES = ["at", "in", "from", "with", "for", "on", "de", "del", "en", "con", "para"]

# What a background sentence is about: the document being written and the work on it
# ("I'm drafting a note for the deputy minister.", "Para la tarjeta del secretario:"). A
# sentence with one of these and nothing of a question is context, left aside and said so.
BACKGROUND_CUES = {
    "memo", "memos", "note", "notes", "brief", "briefing", "briefings", "backgrounder", "article",
    "story", "piece", "report", "column", "op", "ed", "oped", "speech", "remarks", "newsletter",
    "cable", "sheet", "factsheet", "points", "deck", "slides", "draft", "blog", "book", "pager",
    "paper", "testimony", "hearing", "toast", "bulletin", "summary", "dossier", "profile",
    "submission", "presentation", "chapter report", "drafting", "writing", "preparing", "prepping",
    "putting", "working", "compiling", "researching", "updating", "fact", "checking",
    "nota", "notas", "tarjeta", "informe", "reporte", "articulo", "columna", "discurso", "boletin",
    "ficha", "sintesis", "documento", "comunicado", "memorandum", "presentacion", "analisis",
    "resumen", "agenda", "reportaje", "cronica", "investigacion", "editorial", "ponencia", "minuta",
    "preparando", "preparo", "redactando", "redacto", "escribiendo", "elaborando", "elaboro",
    "armando", "trabajando", "verificando", "actualizando", "cite", "citing", "quote", "quoting",
    "cito", "citar", "citarlo", "declaracion", "statement", "verificar", "background", "antecedentes",
    "sidebar", "explainer", "infographic", "infografia", "recuadro", "nota explicativa",
    "staff", "staffer", "request", "town", "hall", "prep", "oficina", "office", "discutimos",
    "discussing", "interesa", "interesan", "interested", "debate", "debatimos",
}  # fmt: skip

# Generic nouns that restate the goods beside them ("aircraft and parts", "medical
# equipment", "la industria NAICS 334"): part of the product's phrase, nothing more
GENERIC_GOODS = {
    "parts", "part", "components", "equipment", "products", "goods", "items", "articles",
    "accessories", "industry", "industries", "sector", "sectors", "devices", "apparatus",
    "partes", "componentes", "equipo", "equipos", "productos", "bienes", "articulos",
    "accesorios", "industria", "industrias", "sectores", "dispositivos", "aparatos",
    "refacciones", "rama",
}  # fmt: skip

# Words of courtesy: a sentence made of one and no question is greeting, wishing well,
# apologising or thanking ("hope your week is going well!", "disculpe la molestia")
COURTESY_WORDS = {
    "hope", "hoping", "wish", "wishing", "thanks", "thank", "appreciate", "appreciated", "grateful",
    "sorry", "apologies", "excuse", "bother", "bothering", "trouble", "regards", "cheers",
    "espero", "esperamos", "ojala", "deseo", "deseamos", "gracias", "agradezco", "agradecemos",
    "agradeceria", "agradecere", "disculpe", "disculpa", "disculpen", "perdone", "perdon", "molestia",
    "molestar", "saludos", "saludo",
}  # fmt: skip

# Words that say two partners are meant ("both together", "los dos juntos")
BOTH = [("both",), ("ambos",), ("ambas",), ("the", "two"), ("los", "dos"), ("las", "dos"), ("these", "two"),
        ("those", "two"), ("esos", "dos"), ("estos", "dos")]  # fmt: skip

# A second question in one message starts with a question word after "and"/"also"/"y" or
# after a question mark: "imports from Japan in 2023 and what was the deficit with Korea?"
QUESTION_JOINERS = ["and", "and also", "also", "plus", "as well as", "y", "y tambien", "tambien",
                    "ademas"]  # fmt: skip
QUESTION_WORDS = ["what", "whats", "who", "whos", "which", "how", "where", "when", "cuanto", "cuanta",
                  "cuantos", "cuantas", "cual", "cuales", "quien", "quienes", "que", "q", "donde",
                  "como", "cuando", "en que", "a que", "de que", "en cuanto"]  # fmt: skip
QUESTION_WORDS_SET = {w for w in QUESTION_WORDS if " " not in w}

# Abbreviations people type, read as the word they stand for before anything else.


ABBREVIATIONS = {
    "tot": "total", "var": "variacion", "chg": "change",
    "bal": "balance", "mkts": "markets", "mkt": "market", "sup": "suppliers", "sups": "suppliers",
    "supp": "suppliers", "suppl": "suppliers", "ctry": "country", "ctries": "countries",
    "yr": "year", "yrs": "years", "frm": "from", "w": "with", "thru": "through",
    "qtr": "quarter", "mo": "month", "mos": "months", "bn": "billion", "mn": "million",
    "imps": "imports", "exps": "exports", "xports": "exports", "elec": "electronics",
    "pct": "percent", "perc": "percent", "approx": "approximately", "cdn": "canadian",
    # chat shorthand
    "u": "you", "ur": "your", "pls": "please", "plz": "please",
    "xq": "porque", "pq": "porque", "tmb": "tambien", "tb": "tambien",
}  # fmt: skip
# Sounds of hesitation in dictated or typed speech ("um", "uhh", "ehm", "mmm", "hmm"): one
# pattern, read as the filler "um" whatever the spelling.
HESITATION = re.compile(r"(u+h+m*|u+m+|e+h+m*|e+r+m+|e+m+|a+h+|h+m+|m{2,}|mhm+|ahem)")

# Phrases that close a message; what follows them is a signature ("Saludos, Lic. R. Martínez").
# After one of these, the rest of the message is a signature ("Atentamente, Lic. …, Director
# General de Energía"): names, titles and offices that must not be read as the question.
CLOSINGS = [
    "regards", "best regards", "kind regards", "warm regards", "sincerely", "respectfully",
    "best wishes", "saludos", "saludos cordiales", "un saludo", "un cordial saludo",
    "atentamente", "respetuosamente", "cordialmente", "quedo atento", "quedo atenta",
    "quedo a sus ordenes", "a sus ordenes", "sin mas por el momento", "reciba un cordial saludo",
    "sin otro particular", "sin otro particular por el momento",
]  # fmt: skip
# Thanks at the end may be followed by a first name ("Thanks, Bob").
THANKS = ["cheers", "thanks", "thank you", "thx", "many thanks", "gracias", "muchas gracias",
          "mil gracias", "ty"]  # fmt: skip
# Adjectives of origin: "Mexican exports" (before the noun, English) and "exportaciones
# mexicanas" (after it, Spanish) are the partner's exports, that is, U.S. imports.
DEMONYMS_BEFORE = {
    "mexican", "canadian", "chinese", "japanese", "german", "korean", "taiwanese", "vietnamese",
    "indian", "british", "french", "italian", "brazilian",
}  # fmt: skip
DEMONYMS_AFTER = {
    "mexicana", "mexicanas", "mexicano", "mexicanos", "canadiense", "canadienses", "chinas",
    "chinos", "japonesa", "japonesas", "japoneses", "alemana", "alemanas", "alemanes",
    "coreana", "coreanas", "coreanos", "taiwanesa", "taiwanesas", "vietnamita", "vietnamitas",
    "brasilenas", "brasilenos",
}  # fmt: skip

# Words that point back at the previous answer ("how much did that change?", "ese dato").
_PERIOD_NOUNS_EN = [
    "period",
    "quarter",
    "half",
    "month",
    "year",
    "chapter",
    "chapters",
    "time frame",
    "timeframe",
    "span",
    "stretch",
    "window",
    "list",
    "ranking",
]
_PERIOD_NOUNS_ES = {"periodo": "m", "trimestre": "m", "semestre": "m", "mes": "m", "ano": "m",
                    "capitulo": "m", "capitulos": "mp", "bimestre": "m", "cuatrimestre": "m", "lapso": "m",
                    "plazo": "m", "ranking": "m", "listado": "m", "lista": "f", "clasificacion": "f"}  # fmt: skip
_POINTERS_ES = {"m": ["ese", "este", "mismo", "el mismo", "ese mismo", "de ese", "en ese"],
                "f": ["esa", "esta", "misma", "la misma", "esa misma", "de esa", "en esa"],
                "mp": ["esos", "estos", "mismos", "los mismos", "esos mismos", "de esos"]}  # fmt: skip
ANAPHORA = [
    "that", "this", "it", "that number", "that figure", "those",
    "these", "same", "the same", "that one", "ese dato", "esa cifra", "eso", "esto", "ese",
    "esa", "lo anterior", "ese numero", "la anterior", "lo mismo",
    "number", "figure", "cifra", "dato",
    "entonces", "then", "compare it", "comparelo", "comparela", "comparalo",
    "ahi", "alli", "in there", "in it", "on it", "in them", "ahi mismo",
    # "that quarter", "the same period", "ese mismo semestre", "esos capitulos", ...
    *(f"{pointer} {noun}" for noun in _PERIOD_NOUNS_EN
      for pointer in ("that", "this", "same", "the same", "that same", "this same")),
    *(f"{pointer} {noun}" for noun, kind in _PERIOD_NOUNS_ES.items() for pointer in _POINTERS_ES[kind]),
]  # fmt: skip

# Names that point at more than one partner: asked about, never guessed.
AMBIGUOUS_PARTNERS = {
    "congo": ["7630", "7660"], "the congo": ["7630", "7660"], "el congo": ["7630", "7660"],
    "europe": ["4XXX", "0003"], "europa": ["4XXX", "0003"], "old continent": ["4XXX", "0003"],
    "viejo continente": ["4XXX", "0003"], "the old continent": ["4XXX", "0003"],
}  # fmt: skip

# Replies to "Do you mean the country?" ("the country in the Caucasus, not the state")
COUNTRY_WORDS = {"country", "pais", "nation", "nacion", "caucasus", "caucaso", "republic", "republica",
                 "tbilisi", "tiflis", "abroad", "foreign"}  # fmt: skip
STATE_WORDS = {"state", "estado", "territory", "territorio", "atlanta"}

# Names that are both a partner and a U.S. state or territory: asked about.
STATE_OR_COUNTRY = {"virgin islands": "2482", "islas virgenes": "2482"}
# Common names the Census tables spell differently.
EXONYMS = {"7480": ["ivory coast", "cote divoire", "cote d ivoire"], "5460": ["myanmar", "birmania"],
           "4634": ["kazakstan"], "4351": ["czech"], "5650": ["filipinas"]}  # fmt: skip
