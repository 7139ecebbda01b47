"""The words the assistant understands, in English and Spanish (accents stripped).

Data, not logic: each phrase maps to what it means. Partner names themselves come from
the partners table (English, Spanish and Census names); here are only the aliases,
demonyms and abbreviations people type.
"""

from __future__ import annotations

# Phrases that refer to the United States itself (the reporter): ignored as partners.
REPORTER = [
    "us", "usa", "u s", "united states", "america", "american", "the us", "estados unidos",
    "eeuu", "ee uu", "eu", "e u", "eua", "los estados unidos", "norteamerica", "we", "our",
    "nosotros", "us s", "u s s",
]  # fmt: skip

PARTNER_ALIASES = {
    "2010": ["mexico", "mexican", "mexicana", "mexicano", "mex", "mx", "mejico"],
    "1220": ["canada", "canadian", "canadiense", "canadienses", "can"],
    "5700": ["china", "chinese", "chino", "chinos", "prc", "mainland china", "china continental"],
    "5830": ["taiwan", "taiwanese", "taiwanes", "chinese taipei", "taipei"],
    "5820": ["hong kong", "hk"],
    "5520": ["vietnam", "viet nam", "vietnamese", "vietnamita"],
    "5800": ["korea", "south korea", "corea", "corea del sur", "korean", "coreano"],
    "5880": ["japan", "japanese", "japon", "japones"],
    "4280": ["germany", "german", "alemania", "aleman"],
    "4120": ["uk", "britain", "great britain", "england", "united kingdom", "reino unido",
             "gran bretana", "inglaterra", "british", "britanico"],
    "4210": ["netherlands", "the netherlands", "holland", "holanda", "paises bajos", "dutch"],
    "5330": ["india", "indian", "indio"],
    "5570": ["malaysia", "malasia"],
    "5490": ["thailand", "tailandia", "thai"],
    "4621": ["russia", "rusia", "russian federation", "ruso"],
    "5200": ["uae", "emirates", "united arab emirates", "emiratos arabes unidos", "emiratos"],
    "5170": ["saudi arabia", "saudi", "arabia saudita", "arabia saudi"],
    "3510": ["brazil", "brasil", "brazilian"],
    "4890": ["turkey", "turkiye", "turquia"],
    "4759": ["italy", "italia", "italian"],
    "4279": ["france", "francia", "french"],
    "4700": ["spain", "espana", "spanish"],
    "4190": ["ireland", "irlanda", "irish"],
    "5590": ["singapore", "singapur"],
    "4419": ["switzerland", "suiza", "swiss"],
    "6021": ["australia", "australian"],
    "3570": ["argentina"],
    "3370": ["chile"],
    "3010": ["colombia"],
    "4351": ["czechia", "czech republic", "republica checa", "chequia"],
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
    "0003": ["european union", "eu countries", "union europea", "ue", "the eu"],
    "0027": ["asean"],
    "0022": ["oecd", "ocde"],
    "0023": ["nato", "otan"],
    "0025": ["euro area", "eurozone", "zona euro", "zona del euro", "eurozona"],
    "0026": ["apec"],
    "0014": ["pacific rim", "cuenca del pacifico"],
    "0017": ["cafta", "cafta dr"],
    "0021": ["latin america", "america latina", "latinoamerica"],
    "0001": ["opec", "opep"],
    "-": ["world", "the world", "all countries", "everyone", "mundo", "el mundo",
          "todos los paises", "the rest of the world", "total imports", "overall"],
}  # fmt: skip

# Everyday product names -> HS chapter (code as in the data)
HS_ALIASES = {
    "84": ["computers", "computer", "laptops", "laptop", "pcs", "machinery", "machines",
           "computadoras", "computadora", "computadores", "ordenadores", "maquinaria",
           "maquinas", "equipo de computo", "nuclear reactors", "boilers", "turbines"],
    "85": ["electronics", "electronic", "electrical machinery", "electric machinery",
           "electrical equipment", "electronic equipment", "chips", "chip", "microchips",
           "phones", "smartphones", "cell phones", "cellphones", "electronicos", "electronica",
           "maquinaria electrica", "equipo electrico", "aparatos electricos", "celulares",
           "telefonos", "electrical", "electric", "electricos", "electrico", "batteries",
           "baterias", "televisions", "tvs"],
    "87": ["cars", "car", "vehicles", "vehicle", "autos", "auto", "automobiles",
           "auto parts", "autoparts", "trucks", "coches", "carros", "automoviles",
           "vehiculos", "autopartes", "camiones", "automotive", "automotriz"],
    "88": ["aircraft", "airplanes", "airplane", "planes", "plane", "aviation", "spacecraft",
           "aviones", "avion", "aeronaves", "aviacion", "naves espaciales", "jets"],
    "90": ["instruments", "medical devices", "medical instruments", "optical",
           "precision instruments", "instrumentos", "dispositivos medicos", "optica"],
    "27": ["oil", "petroleum", "crude", "fuel", "fuels", "energy", "natural gas", "gasoline",
           "petroleo", "combustibles", "combustible", "crudo", "gasolina", "energia"],
    "30": ["pharmaceuticals", "pharmaceutical", "medicines", "drugs", "medicamentos",
           "farmaceuticos", "medicinas", "pharma"],
    "72": ["steel", "iron", "acero", "hierro"],
    "76": ["aluminum", "aluminium", "aluminio"],
    "74": ["copper", "cobre"],
    "94": ["furniture", "muebles"],
    "95": ["toys", "juguetes", "sports equipment"],
    "39": ["plastics", "plastic", "plasticos"],
    "40": ["rubber", "caucho", "hule", "tires", "llantas"],
    "22": ["beverages", "drinks", "beer", "tequila", "bebidas", "cerveza", "alcohol"],
    "07": ["vegetables", "tomatoes", "verduras", "hortalizas", "jitomates", "tomates"],
    "08": ["fruit", "fruits", "avocados", "berries", "frutas", "aguacates", "frutos"],
    "02": ["meat", "beef", "pork", "carne", "res", "cerdo"],
    "03": ["fish", "seafood", "shrimp", "pescado", "mariscos", "camaron"],
    "10": ["cereals", "grains", "corn", "wheat", "cereales", "maiz", "trigo"],
    "12": ["soybeans", "soy", "oilseeds", "soya", "soja"],
    "09": ["coffee", "cafe", "tea", "spices"],
    "71": ["gold", "jewelry", "precious metals", "diamonds", "oro", "joyeria", "plata",
           "silver"],
    "44": ["wood", "lumber", "timber", "madera"],
    "48": ["paper", "papel"],
    "64": ["footwear", "shoes", "zapatos", "calzado"],
    "29": ["organic chemicals", "quimicos organicos"],
    "28": ["inorganic chemicals", "quimicos inorganicos", "rare earths", "tierras raras"],
    "89": ["ships", "boats", "barcos", "buques"],
    "86": ["railway", "trains", "rail", "trenes", "ferroviario"],
    "93": ["guns", "firearms", "ammunition", "municiones", "armas de fuego"],
    "31": ["fertilizers", "fertilizer", "fertilizantes"],
    "26": ["ores", "minerales"],
    "17": ["sugar", "azucar"],
    "24": ["tobacco", "tabaco"],
}  # fmt: skip

# Words that name a whole area where the chapter is ambiguous: ask which one.
HS_AMBIGUOUS = {
    "clothing": ["61", "62"],
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
           "telecomunicaciones", "information and communication"],
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

FLOW_WORDS = {
    "imports": [
        "import", "imports", "imported", "importing", "importer", "buy", "buys", "bought",
        "buying", "purchase", "purchases", "purchased", "supplier", "suppliers", "supplies",
        "supply", "supplied", "source", "sources", "sourcing", "inbound",
        "importa", "importan", "importo", "importaron", "importado", "importados",
        "importaciones", "importacion", "importar", "importamos", "compra", "compran",
        "compro", "compraron", "compras", "comprar", "compramos", "proveedor",
        "proveedores", "provee", "abastece", "suministra", "suministro", "importador",
    ],
    "exports": [
        "export", "exports", "exported", "exporting", "exporter", "market", "markets",
        "destination", "destinations", "buyers", "customers", "outbound", "shipments",
        "shipments to", "envios", "embarques",
        "exporta", "exportan", "exporto", "exportaron", "exportaciones", "exportacion",
        "exportar", "exportamos", "mercado", "mercados", "destino", "destinos",
        "compradores", "clientes", "exportador",
    ],
    "balance": [
        "deficit", "deficits", "surplus", "surpluses", "balance", "trade gap", "gap", "brecha",
        "brecha comercial",
        "net importer", "net exporter", "superavit", "balanza", "saldo",
        "importador neto", "exportador neto",
    ],
    "total": [
        "total trade", "two way trade", "bilateral trade", "trade volume", "overall trade",
        "exports and imports", "imports and exports", "exports plus imports",
        "comercio total", "intercambio comercial", "comercio bilateral",
        "exportaciones e importaciones", "importaciones y exportaciones", "trade flows",
        "comercio de bienes total", "total commerce", "trading partners", "trading partner",
        "trade partners", "socios comerciales", "socio comercial",
    ],
}  # fmt: skip
SELL_WORDS = ["sell", "sells", "sold", "selling", "sales", "vende", "venden", "vendio",
              "vendieron", "ventas", "vender", "vendemos", "vendo", "ship", "ships", "shipped",
              "send", "sends", "envia", "envian", "enviaron", "manda", "mandan"]  # fmt: skip
BARE_TRADE = ["trade", "trading", "commerce", "comercio", "comercial", "comerciales", "intercambio"]

INTENT_WORDS = {
    "share": ["share", "shares", "percent of", "portion", "proportion", "slice",
              "stake", "tajada", "rebanada", "pedazo",
              "fraction", "what part", "participacion", "porcentaje", "proporcion", "cuota",
              "que parte", "como porcentaje", "as a share", "parte"],
    "rank": ["rank", "ranks", "ranked", "ranking", "place", "position", "where does",
             "number one", "number 1", "no 1", "primer", "primero", "primer lugar", "placed",
             "where do", "lugar", "posicion", "puesto", "clasificacion", "que lugar",
             "en que lugar", "how does", "standing"],
    "growth": ["grow", "grew", "grown", "growth", "increase", "increased", "increases",
               "rise", "rose", "risen", "percent change", "percentage change", "decline",
               "declined", "fall", "fell", "drop", "dropped", "crecer", "crecio",
               "crecieron", "crecimiento", "han crecido", "ha crecido", "aumento",
               "aumentaron", "aumentado", "cambio porcentual", "variacion", "cayo",
               "cayeron", "disminuyo", "caida", "how much more", "how much bigger",
               "percentage growth", "percent growth", "crecimiento porcentual",
               "how much larger", "how much higher", "how much smaller", "how much lower",
               "cuanto mas grandes", "cuanto mayores"],
    "trend": ["trend", "trends", "over time", "evolution", "evolve", "evolved", "changed",
              "history", "historical", "year by year", "each year", "every year",
              "tendencia", "evolucion", "ha cambiado", "han cambiado", "cambiado",
              "historico", "historia", "a lo largo", "cada ano", "ano por ano",
              "trajectory", "over the years", "through the years", "gained ground",
              "gaining ground", "lost ground", "losing ground", "catching up", "ganado terreno",
              "perdido terreno", "ganando terreno", "what has happened", "que ha pasado"],
    "compare": ["compare", "compared", "comparison", "comparing", "vs", "versus", "against",
                "v", "comparar", "compara", "comparacion", "contra", "frente a", "frente",
                "comparado", "relative to", "side by side"],
    "top": ["top", "largest", "biggest", "main", "leading", "major", "most", "highest",
            "who", "which countries", "what countries", "which country", "principales",
            "principal", "mayores", "mayor", "mas grandes", "quien", "quienes",
            "que paises", "que pais", "cuales paises", "lideres", "leaders", "primeros",
            "best", "key", "greatest", "who are", "a donde", "adonde", "hacia donde",
            "hacia que paises", "a que paises"],
    "products": ["products", "what does", "what do we", "productos", "break down", "breakdown",
                 "which goods", "what goods", "que bienes", "cuales bienes", "que mercancias",
                 "categories of goods", "categorias de bienes", "types of goods", "tipos de bienes",
                 "desglosa", "desglose", "que le compra", "que compra", "what kind",
                 "which products", "what products", "que productos", "items", "categories",
                 "chapters", "capitulos", "composition"],
    "ytd": ["year to date", "ytd", "so far this year", "this year", "en lo que va del ano",
            "acumulado", "acumuladas", "acumulados", "lo que va del ano", "latest month",
            "ultimo mes", "most recent month", "recent month", "current year", "este ano"],
    "coverage": ["what data", "which data", "data do you have", "data available",
                 "years are covered", "which years", "what years", "covered", "coverage",
                 "latest data", "most recent data", "que datos", "datos tienes",
                 "datos disponibles", "que anos", "cubren", "cobertura", "dato mas reciente",
                 "do you have", "tienes datos", "what can you", "que puedes", "data source",
                 "fuente de datos", "sources of data", "how recent", "que tan recientes",
                 "what period", "which period", "que periodo", "dataset", "base de datos",
                 "time span", "periodo cubre", "up to date", "actualizados", "actualizado",
                 "how current", "que tan actuales"],
    "net_importer": ["net importer", "importador neto", "net exporter", "exportador neto"],
}  # fmt: skip

FOLLOW_UP_STARTS = [
    "what about", "how about", "and", "and for", "and in", "same for", "same but",
    "the same for", "now", "now for", "also", "instead", "what if", "for", "in", "y",
    "y en", "y para", "y que tal", "que tal", "lo mismo", "lo mismo para", "igual para",
    "ahora", "ahora para", "tambien", "mismo", "same", "only", "just", "show", "muestra",
    "show it", "show me", "muestralo", "now show", "as a", "como", "and what about",
]  # fmt: skip

MONTHS = {
    1: ["january", "jan", "enero", "ene"],
    2: ["february", "feb", "febrero"],
    3: ["march", "mar", "marzo"],
    4: ["april", "apr", "abril", "abr"],
    5: ["may", "mayo"],
    6: ["june", "jun", "junio"],
    7: ["july", "jul", "julio"],
    8: ["august", "aug", "agosto", "ago"],
    9: ["september", "sep", "sept", "septiembre", "setiembre"],
    10: ["october", "oct", "octubre"],
    11: ["november", "nov", "noviembre"],
    12: ["december", "dec", "diciembre", "dic"],
}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "uno": 1, "una": 1, "dos": 2,
    "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "quince": 15, "veinte": 20,
}  # fmt: skip

# Out of scope: (reason key, phrases)
OUT_OF_SCOPE = {
    "services": ["services", "service", "servicios", "tourism", "turismo", "remittances",
                 "remesas", "software services", "financial services"],
    "forecast": ["forecast", "forecasts", "predict", "prediction", "projection", "projected",
                 "will be", "next year", "going to be", "pronostico", "prediccion",
                 "proyeccion", "sera", "seran", "el proximo ano", "el ano que viene",
                 "future", "futuro", "estimate for"],
    "investment": ["investment", "investments", "fdi", "inversion", "inversiones", "ied"],
    "tariffs": ["tariff", "tariffs", "arancel", "aranceles", "duties", "customs duties"],
    "macro": ["gdp", "pib", "jobs", "employment", "empleo", "unemployment", "inflation",
              "inflacion", "exchange rate", "tipo de cambio", "wages", "salarios",
              "population", "poblacion", "real terms", "inflation adjusted",
              "ajustado por inflacion", "per capita", "stock market", "weather", "clima"],
    "ports": ["port", "ports", "puerto", "puertos", "border crossing", "district",
              "state of", "estado de", "province", "provincia"],
}  # fmt: skip

STOPWORDS = {
    "the", "a", "an", "of", "in", "to", "from", "for", "with", "and", "or", "on", "at", "by",
    "is", "are", "was", "were", "be", "been", "do", "does", "did", "how", "much", "many",
    "what", "which", "me", "show", "tell", "give", "please", "s", "it", "its", "that", "this",
    "there", "their", "has", "have", "had", "than", "as", "about", "into", "between", "per",
    "de", "del", "la", "el", "los", "las", "en", "con", "y", "o", "al", "que", "por",
    "para", "su", "sus", "se", "le", "lo", "es", "son", "fue", "fueron", "cuanto",
    "cuantos", "cuanta", "cual", "cuales", "como", "un", "una", "mas", "muy", "entre",
    "hay", "ha", "han", "mi", "dame", "muestra", "quiero", "saber", "ver", "goods", "bienes",
    "value", "valor", "total", "dollars", "dolares", "billion", "billions", "usd",
}  # fmt: skip

SPANISH_MARKERS = {
    "de", "del", "la", "el", "los", "las", "que", "cual", "cuanto", "cuanta", "cuantos",
    "desde", "con", "en", "y", "ano", "anos", "importaciones", "exportaciones", "deficit",
    "participacion", "principales", "quien", "quienes", "comercio", "lugar", "para", "por",
    "entre", "vende", "compra", "como", "mas", "pais", "paises", "tendencia", "contra",
    "frente", "mercados", "proveedores", "balanza", "ha", "han", "fue", "es", "son",
    "importa", "exporta", "dame", "muestra", "cuales", "lo", "va", "tambien", "ahora",
    "mismo", "socios", "le", "su", "sus", "nos", "hay", "datos", "tienes", "crecido",
    "crecieron", "posicion", "porcentaje", "acumulado",
}  # fmt: skip
ENGLISH_MARKERS = {
    "the", "of", "from", "to", "how", "what", "which", "who", "imports", "exports", "share",
    "top", "trade", "with", "since", "in", "and", "is", "are", "was", "does", "did", "much",
    "many", "vs", "versus", "compare", "about", "rank", "growth", "deficit", "surplus",
    "us", "year", "years", "suppliers", "markets", "largest", "biggest", "same", "show",
    "buy", "sell", "supplies", "where", "has", "have", "data", "latest",
}  # fmt: skip
