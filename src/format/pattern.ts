/** Text as a regular expression that matches it as written: "U.S. (AP)" is "U\.S\. \(AP\)". */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
