namespace Reform.Site.Loading;

public enum FieldType
{
    String,
    Integer,
    Number,
    Boolean,
}
